package io.relance.catalog.taxrate;

import io.relance.catalog.Amounts;
import io.relance.catalog.TaxRateId;
import io.relance.catalog.TaxRateSummary;
import io.relance.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/**
 * A tax rate of a workspace: a name ("TVA 20 %"), a percentage, whether it is the default of new products, whether
 * it can still be chosen. The default rate is always active: it cannot be deactivated nor stop being the default
 * (another rate is made the default instead).
 */
public final class TaxRate {

    private final TaxRateId id;
    private String name;
    private BigDecimal percent;
    private boolean isDefault;
    private boolean active;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;

    TaxRate(
            TaxRateId id,
            String name,
            BigDecimal percent,
            boolean isDefault,
            boolean active,
            Instant createdAt,
            Instant updatedAt,
            long version) {
        this.id = id;
        this.name = name;
        this.percent = Amounts.plain(percent);
        this.isDefault = isDefault;
        this.active = active;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    static TaxRate create(TaxRateId id, String name, BigDecimal percent, Instant now) {
        return new TaxRate(id, name, percent, false, true, now, now, 0);
    }

    /** Applies validated changes (the default aside: {@link #makeDefault}); answers whether anything changed. */
    boolean apply(TaxRateChanges changes, Instant now) {
        boolean changed = false;
        if (changes.name().isPresent() && !changes.name().get().equals(name)) {
            name = changes.name().get();
            changed = true;
        }
        if (changes.percent().isPresent() && changes.percent().get().compareTo(percent) != 0) {
            percent = Amounts.plain(changes.percent().get());
            changed = true;
        }
        if (changes.active().isPresent() && changes.active().get() != active) {
            if (!changes.active().get()) {
                deactivate();
            } else {
                active = true;
            }
            changed = true;
        }
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    /** This rate becomes the default of new products (the caller takes the flag from the previous one). */
    void makeDefault(Instant now) {
        if (!active) {
            throw new InvalidInputException("isDefault", "catalog.taxRate.defaultInactive");
        }
        isDefault = true;
        updatedAt = now;
    }

    /** The previous default, once another rate became the default. */
    void noLongerDefault(Instant now) {
        isDefault = false;
        updatedAt = now;
    }

    private void deactivate() {
        if (isDefault) {
            throw new InvalidInputException("active", "catalog.taxRate.defaultInactive");
        }
        active = false;
    }

    /** The key that makes a name unique in its workspace, whatever its case. */
    static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    public TaxRateSummary summary() {
        return new TaxRateSummary(id, name, percent, isDefault, active);
    }

    public TaxRateId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public BigDecimal percent() {
        return percent;
    }

    public boolean isDefault() {
        return isDefault;
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
