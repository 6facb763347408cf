package io.relance.catalog.taxrate;

import io.relance.catalog.TaxRateId;
import io.relance.shared.FieldProblem;
import io.relance.shared.ForbiddenException;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of the workspace's tax rates: everyone reads them, admins change them. A workspace that has rates
 * always has exactly one default, active. A rate that a product uses cannot be deleted (it can be deactivated: it is
 * then no longer offered for products, and the products that use it keep it).
 */
@Service
public class TaxRateManagement {

    private final TaxRates rates;
    private final Clock clock;

    TaxRateManagement(TaxRates rates, Clock clock) {
        this.rates = rates;
        this.clock = clock;
    }

    public List<TaxRate> rates(WorkspaceId ws) {
        return rates.all(ws);
    }

    public TaxRate get(WorkspaceId ws, TaxRateId id) {
        return rates.find(ws, id.value()).orElseThrow(NotFoundException::new);
    }

    @Transactional
    public TaxRate create(RelanceUser me, TaxRateChanges changes) {
        requireAdmin(me);
        rates.lock(me.workspaceId());
        List<FieldProblem> problems = new ArrayList<>(changes.problems());
        if (changes.name().isEmpty() && !refused(changes, "name")) {
            problems.add(new FieldProblem("name", "validation.required"));
        }
        if (changes.percent().isEmpty() && !refused(changes, "percent")) {
            problems.add(new FieldProblem("percent", "validation.required"));
        }
        changes.name()
                .filter(n -> rates.nameTaken(me.workspaceId(), n, null))
                .ifPresent(n -> problems.add(new FieldProblem("name", "catalog.taxRate.nameTaken")));
        if (!changes.active().orElse(true) && changes.isDefault().orElse(false)) {
            problems.add(new FieldProblem("isDefault", "catalog.taxRate.defaultInactive"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        List<TaxRate> existing = rates.all(me.workspaceId());
        TaxRate rate = TaxRate.create(
                new TaxRateId(Ids.newId()),
                changes.name().get(),
                changes.percent().get(),
                now);
        rate.apply(changes, now);
        boolean first = existing.stream().noneMatch(TaxRate::isDefault);
        if (first || changes.isDefault().orElse(false)) {
            if (!rate.active()) {
                throw new InvalidInputException("active", "catalog.taxRate.defaultInactive");
            }
            takeDefaultFrom(me.workspaceId(), existing, now);
            rate.makeDefault(now);
        }
        rates.insert(me.workspaceId(), rate);
        return get(me.workspaceId(), rate.id());
    }

    /** A PATCH at the version read: name, percent, active; {@code isDefault: true} makes it the default. */
    @Transactional
    public TaxRate update(RelanceUser me, TaxRateId id, TaxRateChanges changes) {
        requireAdmin(me);
        rates.lock(me.workspaceId());
        TaxRate rate = get(me.workspaceId(), id);
        List<FieldProblem> problems = new ArrayList<>(changes.problems());
        if (changes.version() == null && !refused(changes, "version")) {
            problems.add(new FieldProblem("version", "validation.version"));
        }
        changes.name()
                .filter(n -> rates.nameTaken(me.workspaceId(), n, id.value()))
                .ifPresent(n -> problems.add(new FieldProblem("name", "catalog.taxRate.nameTaken")));
        if (rate.isDefault() && changes.isDefault().equals(java.util.Optional.of(false))) {
            problems.add(new FieldProblem("isDefault", "catalog.taxRate.defaultRequired"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (rate.version() != changes.version()) {
            throw new StaleVersionException();
        }
        Instant now = clock.instant();
        rate.apply(changes, now);
        if (changes.isDefault().orElse(false) && !rate.isDefault()) {
            rate.makeDefault(now);
            takeDefaultFrom(me.workspaceId(), rates.all(me.workspaceId()), now);
        }
        rates.update(me.workspaceId(), rate, changes.version());
        return get(me.workspaceId(), id);
    }

    /** Deletes a rate no product uses and that is not the default; otherwise a field error says what to do. */
    @Transactional
    public void delete(RelanceUser me, TaxRateId id) {
        requireAdmin(me);
        rates.lock(me.workspaceId());
        TaxRate rate = get(me.workspaceId(), id);
        if (rate.isDefault()) {
            throw new InvalidInputException("isDefault", "catalog.taxRate.defaultCannotBeDeleted");
        }
        long used = rates.productsUsing(me.workspaceId(), id.value());
        if (used > 0) {
            throw new InvalidInputException("id", "catalog.taxRate.inUse", used);
        }
        try {
            rates.delete(me.workspaceId(), id.value());
        } catch (DataIntegrityViolationException e) {
            // a product took it meanwhile
            throw new InvalidInputException("id", "catalog.taxRate.inUse", 1);
        }
    }

    /**
     * Gives a workspace without any rate the usual rates of its country ({@link TaxRateDefaults}), the standard one
     * as its default; a workspace that has rates keeps them. Answers whether it added any.
     */
    @Transactional
    public boolean addUsualRates(WorkspaceId ws, String country) {
        rates.lock(ws);
        if (!rates.all(ws).isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        boolean first = true;
        for (TaxRateDefaults.Usual usual : TaxRateDefaults.of(country)) {
            TaxRate rate = TaxRate.create(new TaxRateId(Ids.newId()), usual.name(), usual.percent(), now);
            if (first) {
                rate.makeDefault(now);
                first = false;
            }
            rates.insert(ws, rate);
        }
        return true;
    }

    /** As {@link #addUsualRates(WorkspaceId, String)}, asked by an admin from the settings page. */
    @Transactional
    public boolean addUsualRates(RelanceUser me, String country) {
        requireAdmin(me);
        return addUsualRates(me.workspaceId(), country);
    }

    private void takeDefaultFrom(WorkspaceId ws, List<TaxRate> existing, Instant now) {
        for (TaxRate other : existing) {
            if (other.isDefault()) {
                long version = other.version();
                other.noLongerDefault(now);
                rates.update(ws, other, version);
            }
        }
    }

    private static boolean refused(TaxRateChanges changes, String field) {
        return changes.problems().stream().anyMatch(p -> p.field().equals(field));
    }

    public static void requireAdmin(RelanceUser me) {
        if (!me.isAdmin()) {
            throw new ForbiddenException();
        }
    }
}
