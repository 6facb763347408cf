package io.relance.catalog;

import java.math.BigDecimal;

/**
 * What other modules may read of a product: enough to fill a quote line. Prices are in the workspace's currency
 * (two decimals), {@code taxRatePercent} in percent (20 for 20 %), {@code costPrice} may be null.
 */
public record ProductSummary(
        ProductId id,
        String reference,
        String label,
        String description,
        String unit,
        BigDecimal unitPrice,
        BigDecimal costPrice,
        BigDecimal taxRatePercent,
        boolean active) {}
