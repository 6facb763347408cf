package io.relance.party.search;

import io.relance.party.core.ThirdParty;
import io.relance.party.customfield.CustomField;
import io.relance.shared.Cursors;
import io.relance.shared.Db;
import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The order of the third-party list: the SQL expression sorted on (a column, or a custom field's value through a
 * join on {@code :sortField}), its type (to read a cursor's value back), the direction.
 */
record ListSort(String expression, Type type, boolean descending, String join, UUID field) {

    enum Type {
        TEXT,
        TIMESTAMP,
        NUMBER,
        DATE,
        BOOL
    }

    /** A sort parameter ({@code name}, {@code -createdAt}, {@code cf.budget}); a bad one is a problem. */
    static ListSort parse(String raw, Map<String, CustomField> fields, List<FieldProblem> problems) {
        boolean descending = raw.startsWith("-");
        String key = descending ? raw.substring(1) : raw;
        String column = switch (key) {
            case "name" -> "t.sort_name";
            case "code" -> "t.code";
            case "status" -> "t.status";
            case "potential" -> "t.potential";
            case "city" -> "COALESCE(LOWER(t.city), '')";
            case "email" -> "COALESCE(t.email, '')";
            default -> null;
        };
        if (column != null) {
            return new ListSort(column, Type.TEXT, descending, "", null);
        }
        if (key.equals("createdAt") || key.equals("updatedAt")) {
            String at = key.equals("createdAt") ? "t.created_at" : "t.updated_at";
            return new ListSort(at, Type.TIMESTAMP, descending, "", null);
        }
        if (key.startsWith("cf.") && fields.containsKey(key.substring(3))) {
            CustomField field = fields.get(key.substring(3));
            String join = " LEFT JOIN custom_field_values sv ON sv.workspace_id = :ws"
                    + " AND sv.third_party_id = t.id AND sv.field_id = :sortField AND sv.ordinal = 0";
            return switch (field.type()) {
                case AMOUNT, NUMBER ->
                    new ListSort(
                            "COALESCE(sv.value_number, -999999999999999)", Type.NUMBER, descending, join, field.id());
                case DATE ->
                    new ListSort("COALESCE(sv.value_date, DATE '0001-01-01')", Type.DATE, descending, join, field.id());
                case CHECKBOX ->
                    new ListSort("CASE WHEN sv.value_bool THEN 1 ELSE 0 END", Type.BOOL, descending, join, field.id());
                default -> new ListSort("COALESCE(LOWER(sv.value_text), '')", Type.TEXT, descending, join, field.id());
            };
        }
        problems.add(new FieldProblem("sort", "validation.sort"));
        return new ListSort("t.sort_name", Type.TEXT, false, "", null);
    }

    /** The cursor of a row: its sort value and id. */
    static String cursorOf(ThirdParty t, Object sortValue) {
        String value = sortValue == null
                ? ""
                : sortValue instanceof java.time.OffsetDateTime odt
                        ? odt.toInstant().toString()
                        // PostgreSQL answers timestamps as java.sql.Timestamp, H2 as OffsetDateTime
                        : sortValue instanceof java.sql.Timestamp ts
                                ? ts.toInstant().toString()
                                : sortValue.toString();
        return Cursors.encode(value, t.id().value().toString());
    }

    /** A cursor's sort value, typed as the sort column. */
    Object typedCursorValue(String raw) {
        try {
            return switch (type) {
                case TEXT -> raw;
                case TIMESTAMP -> Db.ts(Instant.parse(raw));
                case NUMBER -> new BigDecimal(raw);
                case DATE -> LocalDate.parse(raw);
                case BOOL -> Integer.valueOf(raw);
            };
        } catch (RuntimeException e) {
            throw new InvalidInputException("cursor", "validation.cursor");
        }
    }
}
