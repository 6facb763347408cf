package io.relance.party.customfield;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A field an admin added to third parties: a key (used in the API and filters), a label, a type. The label and the
 * choices (their keys are what is stored) may be translated: {@code labels} maps a language ({@code en}, {@code fr},
 * {@code es}, {@code de}) to the field's label in it, {@code choiceLabels} a choice's key to its labels by language.
 * A language without one shows the default: the label, or the choice's key.
 */
public record CustomField(
        UUID id,
        String key,
        String label,
        CustomFieldType type,
        List<String> options,
        boolean required,
        int position,
        Instant createdAt,
        long version,
        Map<String, String> labels,
        Map<String, Map<String, String>> choiceLabels) {

    public CustomField {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        choiceLabels = choiceLabels == null ? Map.of() : Map.copyOf(choiceLabels);
    }

    /** The label in this language, or the default one. */
    public String labelIn(Locale locale) {
        return labels.getOrDefault(locale.getLanguage(), label);
    }

    /** A choice's label in this language, or its key. */
    public String choiceIn(String choice, Locale locale) {
        return choiceLabels.getOrDefault(choice, Map.of()).getOrDefault(locale.getLanguage(), choice);
    }

    /** The choices' labels in a language, in the choices' order, empty where a choice has none. */
    public List<String> choiceLabelsIn(String language) {
        return options.stream()
                .map(o -> choiceLabels.getOrDefault(o, Map.of()).getOrDefault(language, ""))
                .toList();
    }

    /** Choices' labels in this language, joined with ", " (a multi-choice's values). */
    public String choicesIn(List<?> choices, Locale locale) {
        return String.join(
                ", ",
                choices.stream().map(c -> choiceIn(String.valueOf(c), locale)).toList());
    }
}
