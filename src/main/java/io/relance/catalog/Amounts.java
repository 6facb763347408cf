package io.relance.catalog;

import io.relance.shared.FieldProblem;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How the catalogue reads money and percentages, from a JSON number or string or from a form's text as typed
 * ({@code "1 234,50"}, {@code "1234.5"}, {@code "1'234.50"}). Money: at least 0, at most two decimals, at most
 * 9,999,999,999,999.99. A rate: 0 to 100 percent, at most three decimals (5.5, 8.1, 20). A bad value adds a field
 * problem and reads as null, so a form or a body reports every bad field at once.
 */
public final class Amounts {

    public static final BigDecimal MAX_MONEY = new BigDecimal("9999999999999.99");
    public static final BigDecimal HUNDRED = new BigDecimal("100");

    private static final Pattern PLAIN = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");
    private static final Pattern GROUPING = Pattern.compile("[\\s\\u00A0\\u202F'\\u2019]");

    private Amounts() {}

    /** Money of the catalogue (a price): null when absent or bad (then a problem on {@code field}). */
    public static BigDecimal money(String field, Object raw, List<FieldProblem> problems) {
        BigDecimal value = number(field, raw, problems);
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            problems.add(new FieldProblem(field, "catalog.money.negative"));
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem(field, "catalog.money.decimals"));
            return null;
        }
        if (value.compareTo(MAX_MONEY) > 0) {
            problems.add(new FieldProblem(field, "catalog.money.tooLarge"));
            return null;
        }
        return value.setScale(2);
    }

    /** A tax rate in percent, 0 to 100 with at most three decimals: null when absent or bad. */
    public static BigDecimal percent(String field, Object raw, List<FieldProblem> problems) {
        BigDecimal value = number(field, raw, problems);
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            problems.add(new FieldProblem(field, "catalog.percent.range"));
            return null;
        }
        if (value.stripTrailingZeros().scale() > 3) {
            problems.add(new FieldProblem(field, "catalog.percent.decimals"));
            return null;
        }
        return plain(value);
    }

    /** A number without trailing zeros nor exponent: 20 (not 2E+1), 5.5, 12.5. */
    public static BigDecimal plain(BigDecimal value) {
        return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    /**
     * A number from JSON or typed text; null (nothing added) when absent or blank. Grouping spaces and apostrophes
     * are dropped; a comma or a point is the decimal separator when alone; when both are there, the last one is, and
     * the other groups digits ("1.234,50", "1,234.50").
     */
    static BigDecimal number(String field, Object raw, List<FieldProblem> problems) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof Number n) {
            try {
                return new BigDecimal(n.toString());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem(field, "validation.number"));
                return null;
            }
        }
        if (!(raw instanceof String typed)) {
            problems.add(new FieldProblem(field, "validation.type"));
            return null;
        }
        String text = GROUPING.matcher(typed).replaceAll("");
        if (text.isEmpty()) {
            return null;
        }
        String normal = separators(text);
        if (normal == null || !PLAIN.matcher(normal).matches() || normal.length() > 40) {
            problems.add(new FieldProblem(field, "validation.number"));
            return null;
        }
        return new BigDecimal(normal);
    }

    private static String separators(String text) {
        int comma = text.lastIndexOf(',');
        int point = text.lastIndexOf('.');
        if (comma >= 0 && point >= 0) {
            boolean commaDecimal = comma > point;
            String grouping = commaDecimal ? "." : ",";
            String decimal = commaDecimal ? "," : ".";
            String ungrouped = text.replace(grouping, "");
            return ungrouped.indexOf(decimal) != ungrouped.lastIndexOf(decimal) ? null : ungrouped.replace(',', '.');
        }
        if (comma >= 0) {
            return text.indexOf(',') == comma ? text.replace(',', '.') : null;
        }
        if (point >= 0 && text.indexOf('.') != point) {
            // "1.234.567": points grouping the thousands (German, Spanish)
            return THOUSANDS.matcher(text).matches() ? text.replace(".", "") : null;
        }
        return text;
    }
}
