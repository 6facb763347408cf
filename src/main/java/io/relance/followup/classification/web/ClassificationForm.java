package io.relance.followup.classification.web;

import io.relance.followup.classification.Classification;
import io.relance.followup.classification.ClassificationChanges;
import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import io.relance.shared.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A classification's form as the browser posts it: a label per language, the delay and position as typed (a blank
 * delay: no task). A box unticked is absent: {@code tags} or {@code active} null is "no".
 */
record ClassificationForm(
        String key,
        String labelEn,
        String labelFr,
        String labelEs,
        String labelDe,
        String icon,
        Boolean tags,
        String delayDays,
        String position,
        Boolean active,
        Long version) {

    /** The form's field of each of the changes' fields. */
    private static final Map<String, String> FIELDS =
            Map.of("labels.en", "labelEn", "labels.fr", "labelFr", "labels.es", "labelEs", "labels.de", "labelDe");

    static ClassificationForm empty() {
        return new ClassificationForm("", "", "", "", "", "bookmark", false, "", "", true, null);
    }

    static ClassificationForm of(Classification c) {
        return new ClassificationForm(
                c.key(),
                c.labels().get("en"),
                c.labels().get("fr"),
                c.labels().get("es"),
                c.labels().get("de"),
                c.icon(),
                c.tags(),
                c.delayDays() == null ? "" : String.valueOf(c.delayDays()),
                String.valueOf(c.position()),
                c.active(),
                c.version());
    }

    /** The changes it asks; a number typed wrong is refused here, on its field. */
    ClassificationChanges changes(boolean creating) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (creating) {
            json.put("key", key);
        }
        Map<String, Object> labels = new LinkedHashMap<>();
        labels.put("en", labelEn);
        put(labels, "fr", labelFr);
        put(labels, "es", labelEs);
        put(labels, "de", labelDe);
        json.put("labels", labels);
        json.put("icon", icon);
        json.put("tags", Boolean.TRUE.equals(tags));
        json.put("delayDays", number("delayDays", delayDays));
        if (Text.clean(position) != null) {
            json.put("position", number("position", position));
        }
        json.put("active", Boolean.TRUE.equals(active));
        if (version != null) {
            json.put("version", version);
        }
        return ClassificationChanges.read(json);
    }

    /** The same refusal, named by this form's fields. */
    static InvalidInputException onFields(InvalidInputException e) {
        List<FieldProblem> renamed = e.problems().stream()
                .map(p -> new FieldProblem(FIELDS.getOrDefault(p.field(), p.field()), p.code(), p.args()))
                .toList();
        return new InvalidInputException(renamed);
    }

    /** A language left blank takes the English label (on create) or keeps its own (on change). */
    private static void put(Map<String, Object> labels, String language, String typed) {
        if (Text.clean(typed) != null) {
            labels.put(language, typed);
        }
    }

    private static Integer number(String field, String typed) {
        String clean = Text.clean(typed);
        if (clean == null || clean.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(clean);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "validation.number");
        }
    }
}
