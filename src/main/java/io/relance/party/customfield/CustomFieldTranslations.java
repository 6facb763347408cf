package io.relance.party.customfield;

import io.relance.shared.FieldProblem;
import io.relance.shared.SupportedLocales;
import io.relance.shared.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks and cleans a custom field's labels per language: only the languages Relance speaks, only the field's own
 * choices, at most 120 characters; a blank label is dropped (the default shows instead).
 */
final class CustomFieldTranslations {

    static final int LABEL_MAX = 120;

    private CustomFieldTranslations() {}

    /** The field's labels per language, cleaned; every problem at once. */
    static Map<String, String> labels(Map<String, String> typed, List<FieldProblem> problems) {
        return perLanguage(typed, "labels", problems);
    }

    /** The choices' labels per language, cleaned, for the choices the field has; every problem at once. */
    static Map<String, Map<String, String>> choiceLabels(
            Map<String, Map<String, String>> typed, List<String> options, List<FieldProblem> problems) {
        Map<String, Map<String, String>> result = new LinkedHashMap<>();
        if (typed == null) {
            return result;
        }
        typed.forEach((choice, byLanguage) -> {
            if (!options.contains(choice)) {
                problems.add(new FieldProblem("choiceLabels." + choice, "customFields.choice.unknown"));
                return;
            }
            Map<String, String> labels = perLanguage(byLanguage, "choiceLabels." + choice, problems);
            if (!labels.isEmpty()) {
                result.put(choice, labels);
            }
        });
        return result;
    }

    private static Map<String, String> perLanguage(
            Map<String, String> typed, String field, List<FieldProblem> problems) {
        Map<String, String> result = new LinkedHashMap<>();
        if (typed == null) {
            return result;
        }
        typed.forEach((language, label) -> {
            String name = field + "." + language;
            if (!SupportedLocales.isSupported(language)) {
                problems.add(new FieldProblem(name, "customFields.language.invalid"));
                return;
            }
            String clean = Text.clean(label);
            if (clean != null && clean.length() > LABEL_MAX) {
                problems.add(new FieldProblem(name, "validation.size.max", LABEL_MAX));
            } else if (clean != null) {
                result.put(language, clean);
            }
        });
        return result;
    }
}
