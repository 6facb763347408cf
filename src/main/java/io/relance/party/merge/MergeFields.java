package io.relance.party.merge;

import io.relance.party.core.ThirdParty;
import io.relance.party.core.ThirdPartyChanges;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The fields a merge lets the user pick one by one, and a record's values of them as stored. */
public final class MergeFields {

    /** The record's own fields, in the order the merge page shows them. */
    public static final List<String> BUILT_IN = Stream.of(
                    List.of("name"), ThirdPartyChanges.CONTACT_DETAILS, List.of("status", "potential"))
            .flatMap(List::stream)
            .toList();

    /** The prefix of a custom field's pick: {@code customFields.<key>}. */
    public static final String CUSTOM = "customFields.";

    private MergeFields() {}

    /** The record's value of each built-in field, {@code null} when empty. */
    public static Map<String, String> values(ThirdParty tp) {
        Map<String, String> values = new LinkedHashMap<>();
        BUILT_IN.forEach(f -> values.put(f, value(tp, f)));
        return values;
    }

    public static String value(ThirdParty tp, String field) {
        String value = switch (field) {
            case "name" -> tp.name();
            case "email" -> tp.email();
            case "phone" -> tp.phone();
            case "mobile" -> tp.mobile();
            case "website" -> tp.website();
            case "addressLine" -> tp.addressLine();
            case "postalCode" -> tp.postalCode();
            case "city" -> tp.city();
            case "country" -> tp.country();
            case "language" -> tp.language();
            case "status" -> tp.status().name();
            case "potential" -> tp.potential();
            default -> throw new IllegalArgumentException(field);
        };
        return value == null || value.isBlank() ? null : value;
    }

    /** A custom value as the API shows it (a number, a date, a list of choices…) as text; {@code null} when empty. */
    public static String text(Object value) {
        if (value == null || value instanceof Collection<?> c && c.isEmpty()) {
            return null;
        }
        String text = value.toString();
        return text.isBlank() ? null : text;
    }
}
