package io.relance.quote.core;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A line as the API or the editor gives it, unchecked: {@code kind} ITEM (the default), SECTION or SUBTOTAL; rates
 * in percent. {@link QuoteLines#read} checks it.
 */
public record LineInput(
        String kind,
        String description,
        BigDecimal quantity,
        String unit,
        BigDecimal unitPrice,
        BigDecimal discountPercent,
        BigDecimal taxRate,
        UUID productId,
        Boolean credit) {}
