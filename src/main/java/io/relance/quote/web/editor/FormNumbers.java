package io.relance.quote.web.editor;

import io.relance.shared.FieldProblem;
import java.math.BigDecimal;
import java.util.List;

/**
 * Numbers as people type them in a form, whatever their language: {@code 1 234,5}, {@code 1.234,50},
 * {@code 1,234.50}, {@code 12.5}. The last of {@code ,} and {@code .} is the decimal separator when both appear; a
 * lone comma is one too. Spaces (and non-breaking ones) are ignored.
 */
final class FormNumbers {

    private FormNumbers() {}

    static BigDecimal parse(String typed, String field, List<FieldProblem> problems) {
        if (typed == null) {
            return null;
        }
        String text = typed.replaceAll("[\\s\\u00a0\\u202f']", "");
        if (text.isEmpty()) {
            return null;
        }
        int comma = text.lastIndexOf(',');
        int dot = text.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            char decimal = comma > dot ? ',' : '.';
            char grouping = decimal == ',' ? '.' : ',';
            text = text.replace(String.valueOf(grouping), "").replace(decimal, '.');
        } else if (comma >= 0) {
            text = text.replace(',', '.');
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "validation.number"));
            return null;
        }
    }
}
