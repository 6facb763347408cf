package io.relance.followup.classification;

import io.relance.shared.FieldProblem;
import io.relance.shared.SupportedLocales;
import io.relance.shared.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a create or a PATCH of a classification asks, read from JSON (or a form): {@code key} (create only),
 * {@code labels} ({@code {"en": …, "fr": …, "es": …, "de": …}}), {@code icon} (a Bootstrap Icons name),
 * {@code tags}, {@code delayDays} (null: no task), {@code position}, {@code active}, and for a change the
 * {@code version} read. A key absent leaves the value as it is ({@code delayDays} present and null clears it);
 * {@code problems} are the fields found bad, every one of them.
 */
public record ClassificationChanges(
        Optional<String> key,
        Map<String, String> labels,
        Optional<String> icon,
        Optional<Boolean> tags,
        Optional<Optional<Integer>> delayDays,
        Optional<Integer> position,
        Optional<Boolean> active,
        Long version,
        List<FieldProblem> problems) {

    public static final int LABEL_MAX = 60;
    public static final int DELAY_MAX = 730;
    static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    static final Pattern ICON = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    static final Set<String> KNOWN =
            Set.of("key", "labels", "label", "icon", "tags", "delayDays", "position", "active", "version");

    public ClassificationChanges {
        labels = Map.copyOf(labels);
        problems = List.copyOf(problems);
    }

    public boolean refused(String field) {
        return problems.stream()
                .anyMatch(p -> p.field().equals(field) || p.field().startsWith(field + "."));
    }

    public static ClassificationChanges read(Map<String, Object> json) {
        Map<String, Object> in = json == null ? Map.of() : json;
        List<FieldProblem> problems = new ArrayList<>();
        in.keySet().stream()
                .filter(k -> !KNOWN.contains(k))
                .forEach(k -> problems.add(new FieldProblem(k, "validation.unknownField")));
        Optional<String> key = text(in, "key", 40, problems)
                .filter(k -> matches(KEY, k, "key", "followup.classification.key.invalid", problems));
        Map<String, String> labels = labels(in, problems);
        Optional<String> icon = text(in, "icon", 40, problems)
                .filter(i -> matches(ICON, i, "icon", "followup.classification.icon.invalid", problems));
        Optional<Boolean> tags = bool(in, "tags", problems);
        Optional<Optional<Integer>> delay = Optional.empty();
        if (in.containsKey("delayDays")) {
            Object v = in.get("delayDays");
            if (v == null) {
                delay = Optional.of(Optional.empty());
            } else {
                delay = integer(in, "delayDays", 0, DELAY_MAX, problems).map(Optional::of);
            }
        }
        Optional<Integer> position = integer(in, "position", 0, 10_000, problems);
        Optional<Boolean> active = bool(in, "active", problems);
        Long version = null;
        if (in.get("version") instanceof Number n) {
            version = n.longValue();
        } else if (in.get("version") != null) {
            problems.add(new FieldProblem("version", "validation.type"));
        }
        return new ClassificationChanges(key, labels, icon, tags, delay, position, active, version, problems);
    }

    /** {@code labels} (an object of languages) or {@code label} (the English one alone). */
    private static Map<String, String> labels(Map<String, Object> in, List<FieldProblem> problems) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (in.containsKey("label")) {
            text(in, "label", LABEL_MAX, problems)
                    .filter(l -> plain(l, "label", problems))
                    .ifPresent(l -> labels.put("en", l));
        }
        if (!in.containsKey("labels")) {
            return labels;
        }
        if (!(in.get("labels") instanceof Map<?, ?> given)) {
            problems.add(new FieldProblem("labels", "validation.type"));
            return labels;
        }
        for (Map.Entry<?, ?> e : given.entrySet()) {
            String language = String.valueOf(e.getKey());
            String field = "labels." + language;
            if (!SupportedLocales.isSupported(language)) {
                problems.add(new FieldProblem(field, "validation.locale"));
                continue;
            }
            Map<String, Object> one = new LinkedHashMap<>();
            one.put(field, e.getValue());
            text(one, field, LABEL_MAX, problems)
                    .filter(l -> plain(l, field, problems))
                    .ifPresent(l -> labels.put(language, l));
        }
        return labels;
    }

    /** A label is a task title's argument, "|"-separated: it may not hold one. */
    private static boolean plain(String label, String field, List<FieldProblem> problems) {
        if (label.contains("|")) {
            problems.add(new FieldProblem(field, "followup.classification.label.bar"));
            return false;
        }
        return true;
    }

    private static boolean matches(
            Pattern pattern, String value, String field, String code, List<FieldProblem> problems) {
        if (!pattern.matcher(value).matches()) {
            problems.add(new FieldProblem(field, code));
            return false;
        }
        return true;
    }

    /** A text that cannot be empty, at most {@code max} characters. */
    private static Optional<String> text(Map<String, Object> in, String field, int max, List<FieldProblem> problems) {
        if (!in.containsKey(field)) {
            return Optional.empty();
        }
        Object v = in.get(field);
        if (v != null && !(v instanceof String)) {
            problems.add(new FieldProblem(field, "validation.type"));
            return Optional.empty();
        }
        String s = v == null ? null : Text.clean((String) v);
        if (s == null || s.isEmpty()) {
            problems.add(new FieldProblem(field, "validation.required"));
            return Optional.empty();
        }
        if (Text.hasInvalidCharacter(s)) {
            problems.add(new FieldProblem(field, "validation.text.invalidCharacter"));
            return Optional.empty();
        }
        if (s.length() > max) {
            problems.add(new FieldProblem(field, "validation.size.max", max));
            return Optional.empty();
        }
        return Optional.of(s);
    }

    private static Optional<Boolean> bool(Map<String, Object> in, String field, List<FieldProblem> problems) {
        if (!in.containsKey(field)) {
            return Optional.empty();
        }
        if (in.get(field) instanceof Boolean b) {
            return Optional.of(b);
        }
        problems.add(new FieldProblem(field, "validation.type"));
        return Optional.empty();
    }

    private static Optional<Integer> integer(
            Map<String, Object> in, String field, int min, int max, List<FieldProblem> problems) {
        if (!in.containsKey(field)) {
            return Optional.empty();
        }
        Object v = in.get(field);
        if (!(v instanceof Integer || v instanceof Long)) {
            problems.add(new FieldProblem(field, v == null ? "validation.required" : "validation.type"));
            return Optional.empty();
        }
        long n = ((Number) v).longValue();
        if (n < min || n > max) {
            problems.add(new FieldProblem(field, "followup.classification.range", min, max));
            return Optional.empty();
        }
        return Optional.of((int) n);
    }
}
