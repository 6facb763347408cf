package io.relance.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Comma-separated values as spreadsheets read them (RFC 4180: CRLF, fields quoted when they hold a comma, a quote or
 * a line break, quotes doubled). A text that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or
 * a carriage return) is written with a leading apostrophe, so an exported name is never executed.
 */
public final class Csv {

    private final StringBuilder out = new StringBuilder();

    /** Adds one line of these cells (null: an empty cell; numbers as they print). */
    public Csv row(List<?> cells) {
        out.append(cells.stream().map(Csv::cell).collect(Collectors.joining(",")))
                .append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            text = '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
