package io.relance.quote.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * One line of a quote's revision. An {@link LineKind#ITEM} has a quantity (negative only on an explicit credit
 * line), a unit price (at most 2 decimals), a discount (0–100 %) and a tax rate in percent; a section or a subtotal
 * has a description only.
 *
 * @param productId the catalogue's product, when the line came from it (free text otherwise)
 */
public record QuoteLine(
        LineKind kind,
        String description,
        BigDecimal quantity,
        String unit,
        BigDecimal unitPrice,
        BigDecimal discountPercent,
        BigDecimal taxRate,
        UUID productId,
        boolean credit) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static QuoteLine section(String title) {
        return new QuoteLine(LineKind.SECTION, title, null, null, null, null, null, null, false);
    }

    public static QuoteLine subtotal(String label) {
        return new QuoteLine(LineKind.SUBTOTAL, label, null, null, null, null, null, null, false);
    }

    public static QuoteLine item(
            String description, String quantity, String unit, String unitPrice, String discount, String taxRate) {
        return new QuoteLine(
                LineKind.ITEM,
                description,
                new BigDecimal(quantity),
                unit,
                new BigDecimal(unitPrice),
                new BigDecimal(discount),
                new BigDecimal(taxRate),
                null,
                false);
    }

    public boolean isItem() {
        return kind == LineKind.ITEM;
    }

    /**
     * The line's net amount, rounded half-up to the currency's minor unit: quantity × unit price × (1 − discount).
     * Zero for a section or a subtotal.
     */
    public BigDecimal net(int fractionDigits) {
        if (!isItem()) {
            return BigDecimal.ZERO.setScale(fractionDigits);
        }
        BigDecimal gross = quantity.multiply(unitPrice);
        BigDecimal kept = HUNDRED.subtract(discountPercent == null ? BigDecimal.ZERO : discountPercent);
        return gross.multiply(kept).divide(HUNDRED).setScale(fractionDigits, RoundingMode.HALF_UP);
    }
}
