package io.relance.catalog;

import io.relance.catalog.product.ProductDetails;
import io.relance.catalog.product.Products;
import io.relance.catalog.taxrate.TaxRate;
import io.relance.catalog.taxrate.TaxRateManagement;
import io.relance.shared.WorkspaceId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * What other modules read of the catalogue: a product to fill a quote line, the workspace's tax rates. Everyone of a
 * workspace may read its catalogue, so these take the workspace only; another workspace's product is not found.
 */
@Service
public class CatalogLookup {

    private final Products products;
    private final TaxRateManagement taxRates;

    CatalogLookup(Products products, TaxRateManagement taxRates) {
        this.products = products;
        this.taxRates = taxRates;
    }

    /** A product of this workspace, active or not (a quote may name one no longer offered). */
    public Optional<ProductSummary> product(WorkspaceId ws, ProductId id) {
        return products.find(ws, id.value()).map(ProductDetails::summary);
    }

    /** The workspace's rates, active or not: the default first, then by percent, highest first. */
    public List<TaxRateSummary> taxRates(WorkspaceId ws) {
        return taxRates.rates(ws).stream().map(TaxRate::summary).toList();
    }

    /** The rate of a new line, when the workspace has rates. */
    public Optional<TaxRateSummary> defaultTaxRate(WorkspaceId ws) {
        return taxRates.rates(ws).stream()
                .filter(TaxRate::isDefault)
                .map(TaxRate::summary)
                .findFirst();
    }
}
