package io.relance.object.core;

import io.relance.object.SalesObjectStatus;
import io.relance.object.SalesObjectType;
import io.relance.object.input.JsonInput;
import io.relance.shared.FieldProblem;
import io.relance.shared.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What a create or a PATCH of an object asks, read from JSON (or a form) and checked field by field: a key absent
 * leaves the value as it is, {@code null} clears an optional one. {@code customFields} replaces the whole map: keys
 * like {@code balcony} ({@link JsonInput#KEY}), values {@code true}/{@code false}, a number or a text; a key set to
 * {@code true} is a feature search profiles ask for. {@code problems} are the fields found bad while reading.
 */
public record SalesObjectChanges(
        Optional<String> reference,
        Optional<String> title,
        Optional<SalesObjectType> type,
        Optional<SalesObjectStatus> status,
        Optional<Optional<BigDecimal>> price,
        Optional<Optional<BigDecimal>> rooms,
        Optional<Optional<BigDecimal>> area,
        Optional<Optional<String>> postalCode,
        Optional<Optional<String>> city,
        Optional<Optional<String>> country,
        Optional<Optional<String>> description,
        Optional<UUID> ownerId,
        Optional<Map<String, Object>> customFields,
        Long version,
        List<FieldProblem> problems) {

    public static final int REFERENCE_MAX = 60;
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 8000;
    public static final int POSTAL_CODE_MAX = 20;
    public static final int CITY_MAX = 100;
    public static final int CUSTOM_FIELDS_MAX = 50;
    public static final int CUSTOM_TEXT_MAX = 500;
    public static final BigDecimal PRICE_MAX = new BigDecimal("9999999999999.99");
    public static final BigDecimal ROOMS_MAX = new BigDecimal("999.5");
    public static final BigDecimal AREA_MAX = new BigDecimal("99999999.99");

    /** The fields a body may hold: what it may change, and what a GET answered (ignored), so a GET can be sent back. */
    static final Set<String> KNOWN = Set.of(
            "reference",
            "title",
            "type",
            "status",
            "price",
            "rooms",
            "area",
            "postalCode",
            "city",
            "country",
            "description",
            "ownerId",
            "customFields",
            "version",
            "id",
            "currency",
            "features",
            "createdAt",
            "updatedAt");

    public SalesObjectChanges {
        problems = List.copyOf(problems);
    }

    public static SalesObjectChanges read(Map<String, Object> json) {
        JsonInput in = new JsonInput(json, KNOWN);
        return new SalesObjectChanges(
                in.requiredText("reference", REFERENCE_MAX),
                in.requiredText("title", TITLE_MAX),
                in.choice("type", SalesObjectType.class),
                in.choice("status", SalesObjectStatus.class),
                in.number("price", 2, PRICE_MAX),
                in.number("rooms", 1, ROOMS_MAX),
                in.number("area", 2, AREA_MAX),
                in.text("postalCode", POSTAL_CODE_MAX),
                in.text("city", CITY_MAX),
                in.country("country"),
                in.text("description", DESCRIPTION_MAX),
                in.uuid("ownerId"),
                customFields(in),
                in.version(),
                in.problems());
    }

    public boolean refused(String field) {
        return problems.stream()
                .anyMatch(p -> p.field().equals(field) || p.field().startsWith(field + "."));
    }

    private static Optional<Map<String, Object>> customFields(JsonInput in) {
        if (!in.has("customFields")) {
            return Optional.empty();
        }
        Object raw = in.raw("customFields");
        if (raw == null) {
            return Optional.of(Map.of());
        }
        if (!(raw instanceof Map<?, ?> map)) {
            in.add(new FieldProblem("customFields", "validation.type"));
            return Optional.empty();
        }
        if (map.size() > CUSTOM_FIELDS_MAX) {
            in.add(new FieldProblem("customFields", "validation.items.max", CUSTOM_FIELDS_MAX));
            return Optional.empty();
        }
        Map<String, Object> fields = new TreeMap<>();
        boolean bad = false;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            String field = "customFields." + key;
            Object value = e.getValue();
            if (!JsonInput.KEY.matcher(key).matches()) {
                in.add(new FieldProblem(field, "object.feature.key"));
                bad = true;
            } else if (value == null) {
                continue; // a key set to null is not kept
            } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
                fields.put(key, value);
            } else if (value instanceof Number n) {
                fields.put(key, new BigDecimal(n.toString()));
            } else if (value instanceof String s) {
                List<FieldProblem> problems = new java.util.ArrayList<>();
                String text = Text.clean(field, s, CUSTOM_TEXT_MAX, problems);
                problems.forEach(in::add);
                bad |= !problems.isEmpty();
                if (text != null) {
                    fields.put(key, text);
                }
            } else {
                in.add(new FieldProblem(field, "validation.type"));
                bad = true;
            }
        }
        return bad ? Optional.empty() : Optional.of(fields);
    }
}
