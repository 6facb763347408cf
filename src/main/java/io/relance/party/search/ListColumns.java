package io.relance.party.search;

import io.relance.party.customfield.CustomField;
import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which columns the third-party list can show, which it shows by default, and how a user's choice is read and
 * checked: the built-in columns, then one per custom field of the workspace. The name is always shown.
 */
public final class ListColumns {

    /** The list's key in {@code list_preferences}. */
    public static final String THIRD_PARTIES = "thirdparties";

    public static final String CUSTOM_PREFIX = "cf.";

    public static final String ALWAYS_SHOWN = "name";

    public static final List<String> BUILT_IN = List.of(
            "code",
            "name",
            "status",
            "potential",
            "owner",
            "city",
            "country",
            "email",
            "phone",
            "tags",
            "createdAt",
            "updatedAt");

    /** The built-in columns shown until a user picks his own (every custom field follows them). */
    public static final List<String> DEFAULT_BUILT_IN =
            List.of("code", "name", "status", "potential", "owner", "city", "tags", "updatedAt");

    /** The built-in columns the list sorts on (see {@code ThirdPartyQuery}); every custom field sorts too. */
    public static final Set<String> SORTABLE =
            Set.of("code", "name", "status", "potential", "city", "email", "createdAt", "updatedAt");

    private final Map<String, ListColumn> available = new LinkedHashMap<>();

    public ListColumns(List<CustomField> fields) {
        BUILT_IN.forEach(key -> available.put(key, ListColumn.builtIn(key)));
        fields.forEach(f -> available.put(CUSTOM_PREFIX + f.key(), ListColumn.of(f)));
    }

    /** Every column, built-in ones first, then the custom fields in their order. */
    public List<ListColumn> available() {
        return List.copyOf(available.values());
    }

    public List<ListColumn> defaults() {
        List<ListColumn> columns = new ArrayList<>();
        DEFAULT_BUILT_IN.forEach(key -> columns.add(available.get(key)));
        available.values().stream().filter(ListColumn::custom).forEach(columns::add);
        return columns;
    }

    /**
     * The columns of a stored choice, in its order; keys that no longer exist (a deleted custom field) are
     * skipped. Nothing stored: the defaults.
     */
    public List<ListColumn> read(String stored) {
        if (stored == null || stored.isBlank()) {
            return defaults();
        }
        List<ListColumn> columns = new ArrayList<>();
        for (String key : new LinkedHashSet<>(List.of(stored.split(",")))) {
            ListColumn column = available.get(key.strip());
            if (column != null) {
                columns.add(column);
            }
        }
        if (columns.stream().noneMatch(c -> c.key().equals(ALWAYS_SHOWN))) {
            columns.add(0, available.get(ALWAYS_SHOWN));
        }
        return columns;
    }

    /**
     * A choice as a user sends it, checked: every key must be a column of this list and the name must be there.
     * A key given twice counts once, where it first appears.
     *
     * @throws InvalidInputException on field {@code columns}, naming each unknown key
     */
    public List<ListColumn> check(List<String> keys) {
        List<FieldProblem> problems = new ArrayList<>();
        List<ListColumn> columns = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String key : keys == null ? List.<String>of() : keys) {
            ListColumn column = key == null ? null : available.get(key.strip());
            if (column == null) {
                problems.add(new FieldProblem("columns", "thirdparty.columns.unknown", String.valueOf(key)));
            } else if (seen.add(column.key())) {
                columns.add(column);
            }
        }
        if (!seen.contains(ALWAYS_SHOWN)) {
            problems.add(new FieldProblem("columns", "thirdparty.columns.nameRequired"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return columns;
    }

    /** How a choice is stored: its keys in order, comma-separated (no key holds a comma). */
    public static String store(List<ListColumn> columns) {
        return String.join(",", columns.stream().map(ListColumn::key).toList());
    }
}
