package io.relance.catalog;

import io.relance.catalog.product.ProductChanges;
import io.relance.catalog.product.ProductDetails;
import io.relance.catalog.product.ProductManagement;
import io.relance.catalog.taxrate.TaxRate;
import io.relance.catalog.taxrate.TaxRateManagement;
import io.relance.shared.RelanceUser;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Test data of the catalogue: products made through the use case, as a manager would. */
@Component
public class CatalogFixture {

    private final ProductManagement products;
    private final TaxRateManagement taxRates;

    CatalogFixture(ProductManagement products, TaxRateManagement taxRates) {
        this.products = products;
        this.taxRates = taxRates;
    }

    /** A service at this price, with the workspace's default rate. */
    public ProductDetails product(RelanceUser by, String reference, String label, String unitPrice) {
        return product(by, reference, label, unitPrice, Map.of());
    }

    public ProductDetails product(
            RelanceUser by, String reference, String label, String unitPrice, Map<String, Object> more) {
        Map<String, Object> json = new LinkedHashMap<>(more);
        json.put("reference", reference);
        json.put("label", label);
        json.put("unitPrice", unitPrice);
        return products.create(by, ProductChanges.read(json));
    }

    /** The workspace's rate of this percent (as seeded for its country). */
    public TaxRate rate(RelanceUser in, String percent) {
        return taxRates.rates(in.workspaceId()).stream()
                .filter(r -> r.percent().compareTo(new java.math.BigDecimal(percent)) == 0)
                .findFirst()
                .orElseThrow();
    }
}
