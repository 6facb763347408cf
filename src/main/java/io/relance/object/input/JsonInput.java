package io.relance.object.input;

import io.relance.catalog.Amounts;
import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import io.relance.shared.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads a JSON object (or a form turned into one) field by field: a key absent means "leave as it is", {@code null}
 * means "clear it" (or "required" for a field that cannot be empty). Each bad field adds a problem and reads as
 * absent, so a use case refuses every bad field in one answer. Numbers are read as {@link Amounts} reads money
 * ({@code "1 234,50"} from a form).
 */
public final class JsonInput {

    /** A feature or custom field key: {@code balcony}, {@code parking_spaces}. */
    public static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Map<String, Object> json;
    private final List<FieldProblem> problems = new ArrayList<>();

    public JsonInput(Map<String, Object> json, Set<String> known) {
        this.json = json == null ? Map.of() : json;
        this.json.keySet().stream()
                .filter(k -> !known.contains(k))
                .forEach(k -> problems.add(new FieldProblem(k, "validation.unknownField")));
    }

    /** What a browser form posts, as JSON: a blank field means empty (null). */
    public static Map<String, Object> fromForm(Map<String, ?> form) {
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

    /** A text that cannot be empty. */
    public Optional<String> requiredText(String field, int max) {
        Optional<Optional<String>> text = text(field, max);
        if (text.isPresent() && text.get().isEmpty()) {
            problems.add(new FieldProblem(field, "validation.required"));
            return Optional.empty();
        }
        return text.flatMap(t -> t);
    }

    /** A text that may be cleared: empty inside when null or blank. */
    public Optional<Optional<String>> text(String field, int max) {
        if (!json.containsKey(field)) {
            return Optional.empty();
        }
        Object value = json.get(field);
        if (value != null && !(value instanceof String)) {
            problems.add(new FieldProblem(field, "validation.type"));
            return Optional.empty();
        }
        int before = problems.size();
        String text = Text.clean(field, (String) value, max, problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(Optional.ofNullable(text == null ? null : Text.normalize(field, text)));
    }

    /** A number from 0 to {@code max} with at most {@code decimals} decimals, that may be cleared. */
    public Optional<Optional<BigDecimal>> number(String field, int decimals, BigDecimal max) {
        if (!json.containsKey(field)) {
            return Optional.empty();
        }
        int before = problems.size();
        BigDecimal value = Amounts.money(field, json.get(field), problems);
        if (problems.size() > before) {
            if (decimals < 2 || !problems.get(problems.size() - 1).code().equals("catalog.money.decimals")) {
                return Optional.empty();
            }
            problems.remove(problems.size() - 1);
            problems.add(new FieldProblem(field, "object.number.decimals", decimals));
            return Optional.empty();
        }
        if (value != null && value.stripTrailingZeros().scale() > decimals) {
            problems.add(new FieldProblem(field, "object.number.decimals", decimals));
            return Optional.empty();
        }
        if (value != null && value.compareTo(max) > 0) {
            problems.add(new FieldProblem(field, "object.number.max", max.toPlainString()));
            return Optional.empty();
        }
        return Optional.of(Optional.ofNullable(value == null ? null : value.setScale(decimals)));
    }

    /** An ISO country code (any case), that may be cleared. */
    public Optional<Optional<String>> country(String field) {
        Optional<Optional<String>> code = text(field, 2);
        if (code.isPresent() && code.get().isPresent()) {
            String upper = code.get().get().toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(upper)) {
                problems.add(new FieldProblem(field, "validation.country"));
                return Optional.empty();
            }
            return Optional.of(Optional.of(upper));
        }
        return code;
    }

    /** A day (YYYY-MM-DD), that may be cleared. */
    public Optional<Optional<LocalDate>> date(String field) {
        Optional<Optional<String>> text = text(field, 10);
        if (text.isEmpty() || text.get().isEmpty()) {
            return text.map(t -> Optional.empty());
        }
        try {
            return Optional.of(Optional.of(LocalDate.parse(text.get().get())));
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "validation.date"));
            return Optional.empty();
        }
    }

    public Optional<UUID> uuid(String field) {
        Optional<Optional<String>> text = text(field, 36);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.get().isEmpty()) {
            problems.add(new FieldProblem(field, "validation.required"));
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text.get().get()));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "validation.choice"));
            return Optional.empty();
        }
    }

    /** A UUID that may be cleared (null or blank). */
    public Optional<Optional<UUID>> optionalUuid(String field) {
        if (json.containsKey(field)
                && (json.get(field) == null || json.get(field) instanceof String s && s.isBlank())) {
            return Optional.of(Optional.empty());
        }
        return uuid(field).map(Optional::of);
    }

    public <E extends Enum<E>> Optional<E> choice(String field, Class<E> type) {
        Optional<Optional<String>> text = text(field, 40);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.get().isEmpty()) {
            problems.add(new FieldProblem(field, "validation.required"));
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, text.get().get().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "validation.choice"));
            return Optional.empty();
        }
    }

    /**
     * A list of texts (a JSON list, or a form's text with one per line or comma), each at most {@code max}
     * characters, at most {@code most} of them, duplicates dropped; null or empty clears it.
     */
    public Optional<List<String>> texts(String field, int max, int most) {
        if (!json.containsKey(field)) {
            return Optional.empty();
        }
        Object value = json.get(field);
        List<?> raw;
        if (value == null) {
            raw = List.of();
        } else if (value instanceof String s) {
            raw = List.of(s.split("[,\\n]"));
        } else if (value instanceof List<?> l) {
            raw = l;
        } else {
            problems.add(new FieldProblem(field, "validation.type"));
            return Optional.empty();
        }
        Set<String> items = new LinkedHashSet<>();
        int before = problems.size();
        for (Object item : raw) {
            if (!(item instanceof String s)) {
                problems.add(new FieldProblem(field, "validation.type"));
                return Optional.empty();
            }
            String clean = Text.clean(field, s, max, problems);
            if (clean != null) {
                items.add(clean);
            }
        }
        if (items.size() > most) {
            problems.add(new FieldProblem(field, "validation.items.max", most));
        }
        return problems.size() > before ? Optional.empty() : Optional.of(List.copyOf(items));
    }

    /** A list of feature keys ({@link #KEY}), lower-cased. */
    public Optional<List<String>> keys(String field, int most) {
        Optional<List<String>> texts = texts(field, 40, most);
        if (texts.isEmpty()) {
            return texts;
        }
        List<String> keys = texts.get().stream()
                .map(k -> k.toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
        if (keys.stream().anyMatch(k -> !KEY.matcher(k).matches())) {
            problems.add(new FieldProblem(field, "object.feature.key"));
            return Optional.empty();
        }
        return Optional.of(keys);
    }

    /** The version read (for a change): a whole number, else a problem on {@code version}. */
    public Long version() {
        Object value = json.get("version");
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return Long.valueOf(s.strip());
            } catch (NumberFormatException e) {
                // reported below
            }
        } else if (value == null || value instanceof String) {
            return null;
        }
        problems.add(new FieldProblem("version", "validation.type"));
        return null;
    }

    /** The value of a key, as given (for a map such as custom fields). */
    public Object raw(String field) {
        return json.get(field);
    }

    public boolean has(String field) {
        return json.containsKey(field);
    }

    public void add(FieldProblem problem) {
        problems.add(problem);
    }

    public void check() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
