package io.relance.party.customfield;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * A custom field as an admin defines it. The key and type are fixed once created; an empty key is derived from the
 * label ("Budget estimé (€)" → {@code budget_estime}), as the settings page does while the admin types. {@code labels}
 * gives the label per language ({@code {"fr": "Budget estimé"}}), {@code choiceLabels} a choice's labels per language
 * ({@code {"oak": {"fr": "Chêne"}}}); a language left out or blank shows the default label or the choice's key.
 */
public record CustomFieldForm(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9_]{0,39}", message = "{customFields.key.invalid}")
        String key,

        @NotBlank @Size(max = 120) String label,
        CustomFieldType type,
        List<@Size(max = 100) String> options,
        Boolean required,
        Integer position,
        Long version,

        @Schema(
                description = "The label per language (en, fr, es, de); a language left out shows the label",
                example = "{\"fr\": \"Essence\", \"de\": \"Holzart\"}")
        Map<String, @Size(max = 120) String> labels,

        @Schema(
                description = "Per choice key, its label per language (en, fr, es, de); else the key shows",
                example = "{\"oak\": {\"fr\": \"Chêne\", \"de\": \"Eiche\"}}")
        Map<String, Map<String, @Size(max = 120) String>> choiceLabels) {

    /** A field without translations. */
    public CustomFieldForm(
            String key,
            String label,
            CustomFieldType type,
            List<String> options,
            Boolean required,
            Integer position,
            Long version) {
        this(key, label, type, options, required, position, version, null, null);
    }

    public CustomFieldForm {
        if ((key == null || key.isBlank()) && label != null) {
            key = keyFrom(label);
        }
    }

    /**
     * The key a label suggests: lower case, accents dropped, any other character run turned into one {@code _}, a
     * leading {@code f_} when it would start with a digit, at most 40 characters. static/js/custom-fields.js does the
     * same in the page.
     */
    public static String keyFrom(String label) {
        String plain = java.text.Normalizer.normalize(label, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace("ß", "ss")
                .replace("œ", "oe")
                .replace("æ", "ae")
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (!plain.isEmpty() && Character.isDigit(plain.charAt(0))) {
            plain = "f_" + plain;
        }
        return plain.length() > 40 ? plain.substring(0, 40).replaceAll("_+$", "") : plain;
    }
}
