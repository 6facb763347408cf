package io.relance.catalog.web.product;

import io.relance.catalog.input.Fields;
import io.relance.catalog.product.Product;
import io.relance.catalog.product.ProductChanges;
import io.relance.catalog.product.ProductKind;
import io.relance.catalog.web.CatalogFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The new and edit form of a product as the browser posts it: every field text as typed (prices in the user's
 * language, "1 234,50" as well as "1234.50"), so that after an error the form comes back exactly as typed. A box
 * unticked is absent: {@code active} null is "not active".
 */
record ProductForm(
        String reference,
        String label,
        String description,
        String unit,
        String unitPrice,
        String costPrice,
        String taxRateId,
        String kind,
        Boolean active,
        Long version) {

    static ProductForm empty(String defaultRate) {
        return new ProductForm("", "", "", "", "", "", defaultRate, ProductKind.SERVICE.name(), true, null);
    }

    static ProductForm of(Product p, CatalogFormat format) {
        return new ProductForm(
                p.reference(),
                p.label(),
                p.description(),
                p.unit(),
                format.number(p.unitPrice(), 2),
                format.number(p.costPrice(), 2),
                p.taxRateId().toString(),
                p.kind().name(),
                p.active(),
                p.version());
    }

    /** What the form asks, for the use case: blanks clear an optional field and leave a required one missing. */
    ProductChanges changes() {
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("reference", reference);
        typed.put("label", label);
        typed.put("description", description);
        typed.put("unit", unit);
        typed.put("unitPrice", unitPrice);
        typed.put("costPrice", costPrice);
        typed.put("taxRateId", taxRateId);
        typed.put("kind", kind);
        Map<String, Object> json = Fields.fromForm(typed);
        json.put("active", Boolean.TRUE.equals(active));
        if (version != null) {
            json.put("version", version);
        }
        return ProductChanges.read(json);
    }
}
