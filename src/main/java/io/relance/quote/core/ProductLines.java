package io.relance.quote.core;

import io.relance.catalog.CatalogLookup;
import io.relance.catalog.ProductId;
import io.relance.catalog.ProductSummary;
import io.relance.shared.FieldProblem;
import io.relance.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Lines that name a catalogue product ({@code productId}) take from it what they leave out: the description (the
 * product's label, and its description on the next lines when both fit), the unit, the unit price and the tax rate
 * (its percent). What the line gives wins; the line keeps its product id. A product of another workspace, or none,
 * is a field error on {@code lines[i].productId}; a product no longer offered is still taken (a sent quote revised
 * keeps its lines). Sections and subtotals name no product.
 */
@Component
public class ProductLines {

    private final CatalogLookup catalog;

    ProductLines(CatalogLookup catalog) {
        this.catalog = catalog;
    }

    /** The lines with what their products give; {@code null} stays {@code null} (no lines given). */
    public List<LineInput> fill(WorkspaceId ws, List<LineInput> lines, List<FieldProblem> problems) {
        if (lines == null) {
            return null;
        }
        List<LineInput> filled = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            LineInput line = lines.get(i);
            if (line == null || line.productId() == null || !isItem(line.kind())) {
                filled.add(line);
                continue;
            }
            Optional<ProductSummary> product = catalog.product(ws, new ProductId(line.productId()));
            if (product.isEmpty()) {
                problems.add(new FieldProblem("lines[" + i + "].productId", "quote.line.product.unknown"));
                filled.add(line);
            } else {
                filled.add(from(product.get(), line));
            }
        }
        return filled;
    }

    /** The product of this workspace, for a new line of the editor. */
    public Optional<ProductSummary> product(WorkspaceId ws, ProductId id) {
        return catalog.product(ws, id);
    }

    /** What a quote line's description is, taken from a product: its label, then its description if both fit. */
    public static String description(ProductSummary p) {
        if (p.description() == null || p.description().isBlank()) {
            return p.label();
        }
        String both = p.label() + "\n" + p.description();
        return both.length() <= QuoteLines.MAX_DESCRIPTION ? both : p.label();
    }

    private static LineInput from(ProductSummary p, LineInput line) {
        return new LineInput(
                line.kind(),
                blank(line.description()) ? description(p) : line.description(),
                line.quantity(),
                blank(line.unit()) ? p.unit() : line.unit(),
                line.unitPrice() == null ? p.unitPrice() : line.unitPrice(),
                line.discountPercent(),
                line.taxRate() == null ? p.taxRatePercent() : line.taxRate(),
                line.productId(),
                line.credit());
    }

    private static boolean isItem(String kind) {
        return kind == null || kind.isBlank() || kind.strip().equalsIgnoreCase(LineKind.ITEM.name());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
