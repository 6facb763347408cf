package io.relance.object.web.pages;

import io.relance.object.core.SalesObject;
import io.relance.object.core.SalesObjectChanges;
import io.relance.object.input.JsonInput;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The new and edit form of an object as the browser posts it: every field as typed (numbers in the user's language),
 * so that after an error it comes back exactly as typed. {@code features} are the feature keys, comma-separated
 * ({@code balcony, lift}); the object's other custom fields (numbers, texts) are kept as they are.
 */
record ObjectForm(
        String reference,
        String title,
        String type,
        String price,
        String rooms,
        String area,
        String postalCode,
        String city,
        String country,
        String description,
        String features,
        Long version) {

    static ObjectForm empty(String country) {
        return new ObjectForm("", "", "APARTMENT", "", "", "", "", "", country, "", "", null);
    }

    static ObjectForm of(SalesObject o, Locale locale) {
        return new ObjectForm(
                o.reference(),
                o.title(),
                o.type().name(),
                number(o.price(), 2, locale),
                number(o.rooms(), 1, locale),
                number(o.area(), 2, locale),
                o.postalCode(),
                o.city(),
                o.country(),
                o.description(),
                String.join(", ", o.features()),
                o.version());
    }

    /** What the form asks, for the use case; {@code kept}: the object's custom fields that are not features. */
    SalesObjectChanges changes(Map<String, Object> current) {
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("reference", reference);
        typed.put("title", title);
        typed.put("type", type);
        typed.put("price", price);
        typed.put("rooms", rooms);
        typed.put("area", area);
        typed.put("postalCode", postalCode);
        typed.put("city", city);
        typed.put("country", country);
        typed.put("description", description);
        Map<String, Object> json = JsonInput.fromForm(typed);
        Map<String, Object> custom = new TreeMap<>();
        current.forEach((k, v) -> {
            if (!Boolean.TRUE.equals(v)) {
                custom.put(k, v);
            }
        });
        if (features != null) {
            for (String f : features.split("[,\\n]")) {
                if (!f.isBlank()) {
                    custom.put(f.strip().toLowerCase(Locale.ROOT), Boolean.TRUE);
                }
            }
        }
        json.put("customFields", custom);
        if (version != null) {
            json.put("version", version);
        }
        return SalesObjectChanges.read(json);
    }

    private static String number(BigDecimal value, int decimals, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }
}
