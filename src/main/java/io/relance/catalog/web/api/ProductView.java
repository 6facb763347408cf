package io.relance.catalog.web.api;

import io.relance.catalog.product.Product;
import io.relance.catalog.product.ProductDetails;
import io.relance.catalog.product.ProductKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A product as the API shows it: prices as JSON numbers with two decimals in the workspace's {@code currency}, the
 * rate by id with its name and percent (20 for 20 %).
 */
record ProductView(
        UUID id,
        long version,
        String reference,
        String label,
        String description,
        String unit,
        BigDecimal unitPrice,
        BigDecimal costPrice,
        String currency,
        UUID taxRateId,
        String taxRateName,
        BigDecimal taxRatePercent,
        ProductKind kind,
        boolean active,
        Instant createdAt,
        Instant updatedAt) {

    static ProductView of(ProductDetails d, String currency) {
        Product p = d.product();
        return new ProductView(
                p.id().value(),
                p.version(),
                p.reference(),
                p.label(),
                p.description(),
                p.unit(),
                p.unitPrice(),
                p.costPrice(),
                currency,
                p.taxRateId().value(),
                d.taxRate().name(),
                d.taxRate().percent(),
                p.kind(),
                p.active(),
                p.createdAt(),
                p.updatedAt());
    }
}
