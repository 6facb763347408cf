package io.relance.quote.web.editor;

import io.relance.catalog.CatalogLookup;
import io.relance.catalog.ProductId;
import io.relance.catalog.ProductSummary;
import io.relance.quote.core.ProductLines;
import io.relance.shared.RelanceUser;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The editor's "add a product": the catalogue's picker finds products ({@code find-product}, or as one types with
 * htmx), and a found product's button ({@code add-product:<id>}) adds its line, filled from the product (description,
 * unit, unit price, tax rate; quantity 1), in place of an empty last line if there is one.
 */
@Component
class ProductLineForms {

    /** What the picker's buttons post as {@code action}, before the product's id. */
    static final String PICK = "add-product";

    private final CatalogLookup catalog;

    ProductLineForms(CatalogLookup catalog) {
        this.catalog = catalog;
    }

    List<ProductSummary> search(RelanceUser me, String q) {
        return catalog.search(me.workspaceId(), q);
    }

    /** Adds the line of a product of the workspace; an id that names none adds nothing. */
    void add(RelanceUser me, List<LineForm> lines, String productId) {
        UUID id;
        try {
            id = UUID.fromString(productId.strip());
        } catch (IllegalArgumentException e) {
            return;
        }
        catalog.product(me.workspaceId(), new ProductId(id)).ifPresent(p -> {
            if (!lines.isEmpty() && blank(lines.get(lines.size() - 1))) {
                lines.remove(lines.size() - 1);
            }
            lines.add(line(p));
        });
    }

    static LineForm line(ProductSummary p) {
        return new LineForm(
                "ITEM",
                ProductLines.description(p),
                "1",
                p.unit() == null ? "" : p.unit(),
                plain(p.unitPrice()),
                "0",
                plain(p.taxRatePercent()),
                p.id().value().toString(),
                false);
    }

    /** An item nothing was typed in yet (the one a new quote starts with). */
    private static boolean blank(LineForm l) {
        return l.isItem()
                && empty(l.description())
                && empty(l.unitPrice())
                && empty(l.productId())
                && empty(l.taxRate());
    }

    private static boolean empty(String text) {
        return text == null || text.isBlank();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
