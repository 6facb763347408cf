package io.relance.catalog.product;

import io.relance.catalog.ProductSummary;
import io.relance.catalog.TaxRateSummary;

/** A product with its tax rate, as the pages, the picker and the API show it. */
public record ProductDetails(Product product, TaxRateSummary taxRate) {

    public ProductSummary summary() {
        return product.summary(taxRate.percent());
    }
}
