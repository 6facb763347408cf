package io.relance.catalog.input;

import io.relance.catalog.Amounts;
import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import io.relance.shared.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads a JSON object (or a form turned into one) field by field: a key absent means "leave as it is", a key with
 * {@code null} means "clear it" (or "required" for a field that cannot be empty). Each bad field adds a problem to
 * {@link #problems()} and reads as absent, so the use case refuses every bad field in one answer. Texts are stored as
 * {@link Text#normalize} leaves them, and never truncated.
 */
public final class Fields {

    private final Map<String, Object> json;
    private final List<FieldProblem> problems = new ArrayList<>();

    public Fields(Map<String, Object> json, Set<String> known) {
        this.json = json == null ? Map.of() : json;
        for (String key : this.json.keySet()) {
            if (!known.contains(key)) {
                problems.add(new FieldProblem(key, "validation.unknownField"));
            }
        }
    }

    /**
     * What a browser form posts, as JSON: every field present, a blank one meaning empty (null; "required" for a
     * field that cannot be empty).
     */
    public static Map<String, Object> fromForm(Map<String, Object> form) {
        Map<String, Object> json = new LinkedHashMap<>();
        form.forEach((k, v) -> json.put(k, v instanceof String s && Text.clean(s) == null ? null : v));
        return json;
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public boolean refused(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public void add(FieldProblem problem) {
        problems.add(problem);
    }

    /** Throws every problem found so far, if any. */
    public void check() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** A text that cannot be empty: present means a non-blank string of at most {@code max} characters. */
    public Optional<String> requiredText(String field, int max) {
        if (!json.containsKey(field)) {
            return Optional.empty();
        }
        Object value = json.get(field);
        if (value != null && !(value instanceof String)) {
            problems.add(new FieldProblem(field, "validation.type"));
            return Optional.empty();
        }
        String text = normalized(field, (String) value);
        if (text == null || text.isEmpty()) {
            if (!refused(field)) {
                problems.add(new FieldProblem(field, "validation.required"));
            }
            return Optional.empty();
        }
        return within(field, text, max);
    }

    /** A text that may be cleared: empty inside when null or blank. */
    public Optional<Optional<String>> text(String field, int max) {
        if (!json.containsKey(field)) {
            return Optional.empty();
        }
        Object value = json.get(field);
        if (value == null) {
            return Optional.of(Optional.empty());
        }
        if (!(value instanceof String s)) {
            problems.add(new FieldProblem(field, "validation.type"));
            return Optional.empty();
        }
        String text = normalized(field, s);
        if (refused(field)) {
            return Optional.empty();
        }
        if (text == null || text.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        return within(field, text, max).map(Optional::of);
    }

    public Optional<Boolean> bool(String field) {
        if (!json.containsKey(field)) {
            return Optional.empty();
        }
        Object value = json.get(field);
        if (value instanceof Boolean b) {
            return Optional.of(b);
        }
        problems.add(new FieldProblem(field, value == null ? "validation.required" : "validation.type"));
        return Optional.empty();
    }

    /** Money that cannot be empty (a unit price). */
    public Optional<BigDecimal> money(String field) {
        return requiredNumber(field, Amounts::money);
    }

    /** Money that may be cleared (a cost price). */
    public Optional<Optional<BigDecimal>> optionalMoney(String field) {
        if (!json.containsKey(field)) {
            return Optional.empty();
        }
        int before = problems.size();
        BigDecimal value = Amounts.money(field, json.get(field), problems);
        return problems.size() == before ? Optional.of(Optional.ofNullable(value)) : Optional.empty();
    }

    /** A rate in percent that cannot be empty. */
    public Optional<BigDecimal> percent(String field) {
        return requiredNumber(field, Amounts::percent);
    }

    /** How {@link Amounts} reads a number: null and a problem added when it is bad, null alone when absent. */
    interface NumberReader {
        BigDecimal read(String field, Object raw, List<FieldProblem> problems);
    }

    private Optional<BigDecimal> requiredNumber(String field, NumberReader reader) {
        if (!json.containsKey(field)) {
            return Optional.empty();
        }
        int before = problems.size();
        BigDecimal value = reader.read(field, json.get(field), problems);
        if (value == null && problems.size() == before) {
            problems.add(new FieldProblem(field, "validation.required"));
        }
        return Optional.ofNullable(value);
    }

    public Optional<UUID> uuid(String field) {
        if (!json.containsKey(field)) {
            return Optional.empty();
        }
        Object value = json.get(field);
        if (value == null) {
            problems.add(new FieldProblem(field, "validation.required"));
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(String.valueOf(value).strip()));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, value instanceof String ? "validation.choice" : "validation.type"));
            return Optional.empty();
        }
    }

    public <E extends Enum<E>> Optional<E> choice(String field, Class<E> type) {
        if (!json.containsKey(field)) {
            return Optional.empty();
        }
        Object value = json.get(field);
        if (value == null) {
            problems.add(new FieldProblem(field, "validation.required"));
            return Optional.empty();
        }
        if (!(value instanceof String s)) {
            problems.add(new FieldProblem(field, "validation.type"));
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, s.strip()));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "validation.choice"));
            return Optional.empty();
        }
    }

    /** The version read (for a change): a whole number, else a problem on {@code version}. */
    public Long version() {
        Object value = json.get("version");
        if (value == null) {
            return null;
        }
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        if (value instanceof String s) {
            try {
                return Long.valueOf(s.strip());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        problems.add(new FieldProblem("version", "validation.type"));
        return null;
    }

    private String normalized(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Text.normalize(field, text);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private Optional<String> within(String field, String text, int max) {
        if (text.length() > max) {
            problems.add(new FieldProblem(field, "validation.size.max", max));
            return Optional.empty();
        }
        return Optional.of(text);
    }
}
