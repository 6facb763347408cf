package io.relance.party.customfield;

import io.relance.party.core.ThirdPartyChanges;
import io.relance.shared.FieldProblem;
import io.relance.shared.Phones;
import io.relance.shared.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Checks custom field values by their type and turns them into stored values (and back into JSON values). */
public final class CustomFieldInput {

    private CustomFieldInput() {}

    /** Field id → values to store (an empty list clears the field). Unknown keys and bad values are problems. */
    public static Map<UUID, List<CustomFieldValue>> read(
            Map<String, Object> input,
            Map<String, CustomField> fields,
            UUID thirdParty,
            String region,
            List<FieldProblem> problems) {
        Map<UUID, List<CustomFieldValue>> result = new LinkedHashMap<>();
        input.forEach((key, raw) -> {
            CustomField field = fields.get(key);
            String name = "customFields." + key;
            if (field == null) {
                problems.add(new FieldProblem(name, "customFields.unknown"));
                return;
            }
            try {
                result.put(field.id(), values(field, raw, thirdParty, region));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(name, e.getMessage()));
            }
        });
        return result;
    }

    private static List<CustomFieldValue> values(CustomField f, Object raw, UUID tp, String region) {
        if (raw == null
                || (raw instanceof String s && s.isBlank())
                || (raw instanceof Collection<?> c && c.isEmpty())) {
            if (f.required()) {
                throw new IllegalArgumentException("validation.required");
            }
            return List.of();
        }
        switch (f.type()) {
            case AMOUNT, NUMBER -> {
                BigDecimal number;
                try {
                    number = raw instanceof Number n
                            ? new BigDecimal(n.toString())
                            : new BigDecimal(
                                    String.valueOf(raw).strip().replace(" ", "").replace(',', '.'));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("validation.number");
                }
                if (number.abs().compareTo(new BigDecimal("999999999999999")) > 0 || number.scale() > 4) {
                    throw new IllegalArgumentException("validation.number");
                }
                return List.of(new CustomFieldValue(tp, f.id(), 0, null, number, null, null));
            }
            case DATE -> {
                try {
                    return List.of(new CustomFieldValue(
                            tp,
                            f.id(),
                            0,
                            null,
                            null,
                            LocalDate.parse(String.valueOf(raw).strip()),
                            null));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("validation.date");
                }
            }
            case CHECKBOX -> {
                Boolean value = raw instanceof Boolean b
                        ? b
                        : "true".equals(raw) || "on".equals(raw)
                                ? Boolean.TRUE
                                : "false".equals(raw) ? Boolean.FALSE : null;
                if (value == null) {
                    throw new IllegalArgumentException("validation.type");
                }
                return List.of(new CustomFieldValue(tp, f.id(), 0, null, null, null, value));
            }
            case CHOICE -> {
                String choice = String.valueOf(raw).strip();
                if (!f.options().contains(choice)) {
                    throw new IllegalArgumentException("validation.choice");
                }
                return List.of(new CustomFieldValue(tp, f.id(), 0, choice, null, null, null));
            }
            case MULTI_CHOICE -> {
                Collection<?> items = raw instanceof Collection<?> c
                        ? c
                        : List.of(String.valueOf(raw).split(","));
                List<CustomFieldValue> values = new ArrayList<>();
                for (Object item : items) {
                    String choice = String.valueOf(item).strip();
                    if (choice.isEmpty()
                            || values.stream().anyMatch(v -> v.text().equals(choice))) {
                        continue;
                    }
                    if (!f.options().contains(choice)) {
                        throw new IllegalArgumentException("validation.choice");
                    }
                    values.add(new CustomFieldValue(tp, f.id(), values.size(), choice, null, null, null));
                }
                return values;
            }
            default -> {
                if (!(raw instanceof String text)) {
                    throw new IllegalArgumentException("validation.type");
                }
                String value = text.strip();
                int max = f.type() == CustomFieldType.LONG_TEXT ? 2000 : 300;
                if (value.length() > max) {
                    throw new IllegalArgumentException("validation.tooLong");
                }
                if (f.type() == CustomFieldType.EMAIL
                        && !ThirdPartyChanges.EMAIL.matcher(value).matches()) {
                    throw new IllegalArgumentException("validation.email");
                }
                if (f.type() == CustomFieldType.URL
                        && !ThirdPartyChanges.WEBSITE.matcher(value).matches()) {
                    throw new IllegalArgumentException("validation.url");
                }
                if (f.type() == CustomFieldType.PHONE
                        && Phones.e164(value, region).isEmpty()) {
                    throw new IllegalArgumentException("validation.phone");
                }
                return List.of(new CustomFieldValue(tp, f.id(), 0, Text.clean(value), null, null, null));
            }
        }
    }

    /** Stored values back to what the API shows: a string, number, boolean, date text or list of choices. */
    public static Map<String, Object> toJson(List<CustomFieldValue> values, Map<UUID, CustomField> byId) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (CustomFieldValue v : values) {
            CustomField f = byId.get(v.fieldId());
            if (f == null) {
                continue;
            }
            Object value = switch (f.type()) {
                case AMOUNT, NUMBER ->
                    v.number() == null
                            ? null
                            : new BigDecimal(v.number().stripTrailingZeros().toPlainString());
                case DATE -> v.date() == null ? null : v.date().toString();
                case CHECKBOX -> v.bool();
                default -> v.text();
            };
            if (f.type() == CustomFieldType.MULTI_CHOICE) {
                @SuppressWarnings("unchecked")
                List<Object> list = (List<Object>) json.computeIfAbsent(f.key(), k -> new ArrayList<>());
                list.add(value);
            } else {
                json.put(f.key(), value);
            }
        }
        return json;
    }
}
