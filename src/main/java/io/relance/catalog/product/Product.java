package io.relance.catalog.product;

import io.relance.catalog.ProductId;
import io.relance.catalog.ProductSummary;
import io.relance.catalog.TaxRateId;
import io.relance.shared.Text;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A product or service of the catalogue. Prices are in the workspace's currency with two decimals. An inactive one
 * is kept (quotes name it) but no longer offered in the picker.
 */
public final class Product {

    private final ProductId id;
    private String reference;
    private String label;
    private String description;
    private String unit;
    private BigDecimal unitPrice;
    private BigDecimal costPrice;
    private TaxRateId taxRateId;
    private ProductKind kind;
    private boolean active;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;

    Product(
            ProductId id,
            String reference,
            String label,
            String description,
            String unit,
            BigDecimal unitPrice,
            BigDecimal costPrice,
            TaxRateId taxRateId,
            ProductKind kind,
            boolean active,
            Instant createdAt,
            Instant updatedAt,
            long version) {
        this.id = id;
        this.reference = reference;
        this.label = label;
        this.description = description;
        this.unit = unit;
        this.unitPrice = unitPrice;
        this.costPrice = costPrice;
        this.taxRateId = taxRateId;
        this.kind = kind;
        this.active = active;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** A new product from checked changes: reference, label, unit price and rate given, the rest optional. */
    static Product create(ProductId id, ProductChanges c, TaxRateId rate, Instant now) {
        Product p = new Product(
                id,
                c.reference().orElseThrow(),
                c.label().orElseThrow(),
                null,
                null,
                c.unitPrice().orElseThrow(),
                null,
                rate,
                c.kind().orElse(ProductKind.SERVICE),
                true,
                now,
                now,
                0);
        p.apply(c, now);
        return p;
    }

    /** Applies checked changes; answers whether anything changed. */
    boolean apply(ProductChanges c, Instant now) {
        boolean changed = false;
        changed |= change(c.reference(), reference, v -> reference = v);
        changed |= change(c.label(), label, v -> label = v);
        changed |= clearable(c.description(), description, v -> description = v);
        changed |= clearable(c.unit(), unit, v -> unit = v);
        if (c.unitPrice().isPresent() && c.unitPrice().get().compareTo(unitPrice) != 0) {
            unitPrice = c.unitPrice().get();
            changed = true;
        }
        if (c.costPrice().isPresent()) {
            BigDecimal cost = c.costPrice().get().orElse(null);
            if (cost == null ? costPrice != null : costPrice == null || cost.compareTo(costPrice) != 0) {
                costPrice = cost;
                changed = true;
            }
        }
        changed |= change(c.taxRateId().map(TaxRateId::new), taxRateId, v -> taxRateId = v);
        changed |= change(c.kind(), kind, v -> kind = v);
        changed |= change(c.active(), active, v -> active = v);
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    /** No longer offered (kept for the quotes that name it). */
    boolean deactivate(Instant now) {
        if (!active) {
            return false;
        }
        active = false;
        updatedAt = now;
        return true;
    }

    /** A change of a field that may be cleared: absent leaves it, empty inside clears it. */
    private static boolean clearable(
            Optional<Optional<String>> wanted, String current, java.util.function.Consumer<String> set) {
        if (wanted.isEmpty() || Objects.equals(wanted.get().orElse(null), current)) {
            return false;
        }
        set.accept(wanted.get().orElse(null));
        return true;
    }

    private static <T> boolean change(Optional<T> wanted, T current, java.util.function.Consumer<T> set) {
        if (wanted.isEmpty() || Objects.equals(wanted.get(), current)) {
            return false;
        }
        set.accept(wanted.get());
        return true;
    }

    /** The key that makes a reference unique in its workspace, whatever its case. */
    static String referenceKey(String reference) {
        return reference.toLowerCase(Locale.ROOT);
    }

    /** What the search box matches, folded: the reference and the label. */
    String searchText() {
        return Text.fold(reference + " " + label);
    }

    String sortLabel() {
        return Text.fold(label);
    }

    public ProductSummary summary(BigDecimal taxRatePercent) {
        return new ProductSummary(
                id, reference, label, description, unit, unitPrice, costPrice, taxRatePercent, active);
    }

    public ProductId id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public String unit() {
        return unit;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public BigDecimal costPrice() {
        return costPrice;
    }

    public TaxRateId taxRateId() {
        return taxRateId;
    }

    public ProductKind kind() {
        return kind;
    }

    public boolean active() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
