package io.relance.party.customfield;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A custom field as an admin defines it. The key and type are fixed once created; an empty key is derived from the
 * label ("Budget estimé (€)" → {@code budget_estime}), as the settings page does while the admin types.
 */
public record CustomFieldForm(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9_]{0,39}", message = "{customFields.key.invalid}")
        String key,

        @NotBlank @Size(max = 120) String label,
        CustomFieldType type,
        List<@Size(max = 100) String> options,
        Boolean required,
        Integer position,
        Long version) {

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
