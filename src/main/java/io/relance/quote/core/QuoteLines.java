package io.relance.quote.core;

import io.relance.shared.FieldProblem;
import io.relance.shared.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * The rules of a quote's lines, checked all at once with each problem named {@code lines[i].field}: an item has a
 * description (or a product), a quantity (not zero; negative only on a line marked {@code credit}), a unit price
 * of at least zero with at most the currency's decimals, a discount from 0 to 100 % and a tax rate from 0 to 100 %;
 * a section has a title.
 */
public final class QuoteLines {

    public static final int MAX_LINES = 500;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_UNIT = 20;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("999999999");
    private static final BigDecimal MAX_PRICE = new BigDecimal("99999999999");

    private QuoteLines() {}

    public static List<QuoteLine> read(List<LineInput> inputs, Currency currency, List<FieldProblem> problems) {
        List<QuoteLine> lines = new ArrayList<>();
        if (inputs == null) {
            return lines;
        }
        if (inputs.size() > MAX_LINES) {
            problems.add(new FieldProblem("lines", "quote.lines.tooMany", MAX_LINES));
            return lines;
        }
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        for (int i = 0; i < inputs.size(); i++) {
            QuoteLine line = read(inputs.get(i), "lines[" + i + "].", digits, problems);
            if (line != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static QuoteLine read(LineInput in, String at, int digits, List<FieldProblem> problems) {
        if (in == null) {
            problems.add(new FieldProblem(at.substring(0, at.length() - 1), "validation.required"));
            return null;
        }
        int before = problems.size();
        LineKind kind = kind(in.kind(), at, problems);
        String description = Text.clean(at + "description", in.description(), MAX_DESCRIPTION, problems);
        if (kind != LineKind.ITEM) {
            if (kind == LineKind.SECTION && description == null) {
                problems.add(new FieldProblem(at + "description", "validation.required"));
            }
            return problems.size() > before
                    ? null
                    : new QuoteLine(kind, description, null, null, null, null, null, null, false);
        }
        if (description == null && in.productId() == null) {
            problems.add(new FieldProblem(at + "description", "validation.required"));
        }
        boolean credit = Boolean.TRUE.equals(in.credit());
        BigDecimal quantity = in.quantity();
        if (quantity == null) {
            problems.add(new FieldProblem(at + "quantity", "validation.required"));
        } else if (quantity.signum() == 0) {
            problems.add(new FieldProblem(at + "quantity", "quote.line.quantity.zero"));
        } else if (quantity.signum() < 0 && !credit) {
            problems.add(new FieldProblem(at + "quantity", "quote.line.quantity.negative"));
        } else if (quantity.abs().compareTo(MAX_QUANTITY) > 0 || scale(quantity) > 3) {
            problems.add(new FieldProblem(at + "quantity", "quote.line.quantity.format", 3));
        }
        BigDecimal price = in.unitPrice();
        if (price == null) {
            problems.add(new FieldProblem(at + "unitPrice", "validation.required"));
        } else if (price.signum() < 0) {
            problems.add(new FieldProblem(at + "unitPrice", "quote.line.unitPrice.negative"));
        } else if (price.compareTo(MAX_PRICE) > 0 || scale(price) > digits) {
            problems.add(new FieldProblem(at + "unitPrice", "quote.line.unitPrice.decimals", digits));
        }
        BigDecimal discount = in.discountPercent() == null ? BigDecimal.ZERO : in.discountPercent();
        if (discount.signum() < 0 || discount.compareTo(HUNDRED) > 0 || scale(discount) > 2) {
            problems.add(new FieldProblem(at + "discountPercent", "quote.line.percent", 2));
        }
        BigDecimal rate = in.taxRate();
        if (rate == null) {
            problems.add(new FieldProblem(at + "taxRate", "validation.required"));
        } else if (rate.signum() < 0 || rate.compareTo(HUNDRED) > 0 || scale(rate) > 3) {
            problems.add(new FieldProblem(at + "taxRate", "quote.line.percent", 3));
        }
        String unit = Text.clean(at + "unit", in.unit(), MAX_UNIT, problems);
        if (problems.size() > before) {
            return null;
        }
        return new QuoteLine(
                LineKind.ITEM,
                description,
                quantity.stripTrailingZeros().scale() < 0 ? quantity.setScale(0) : quantity.stripTrailingZeros(),
                unit,
                price.setScale(digits),
                discount.stripTrailingZeros().scale() < 0 ? discount.setScale(0) : discount.stripTrailingZeros(),
                rate.stripTrailingZeros().scale() < 0 ? rate.setScale(0) : rate.stripTrailingZeros(),
                in.productId(),
                credit);
    }

    private static int scale(BigDecimal value) {
        return Math.max(value.stripTrailingZeros().scale(), 0);
    }

    private static LineKind kind(String typed, String at, List<FieldProblem> problems) {
        if (typed == null || typed.isBlank()) {
            return LineKind.ITEM;
        }
        try {
            return LineKind.valueOf(typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(at + "kind", "validation.choice"));
            return LineKind.ITEM;
        }
    }
}
