package io.relance.catalog.product;

import io.relance.catalog.ProductId;
import io.relance.catalog.TaxRateId;
import io.relance.catalog.taxrate.TaxRate;
import io.relance.catalog.taxrate.TaxRateManagement;
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
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of a product: everyone of the workspace reads the catalogue (a sales rep quotes from it); admins and
 * managers create, change and deactivate products. A product is never deleted: quotes keep naming it.
 */
@Service
public class ProductManagement {

    private final Products products;
    private final TaxRateManagement taxRates;
    private final Clock clock;

    ProductManagement(Products products, TaxRateManagement taxRates, Clock clock) {
        this.products = products;
        this.taxRates = taxRates;
        this.clock = clock;
    }

    /** Whether this user may change the catalogue: admins and managers. */
    public static boolean canEdit(RelanceUser me) {
        return me.seesAll();
    }

    public ProductDetails get(WorkspaceId ws, ProductId id) {
        return products.find(ws, id.value()).orElseThrow(NotFoundException::new);
    }

    /**
     * Creates a product from a reference, a label and a unit price at least; the rate is the workspace's default
     * unless one is named, the kind a service unless named.
     */
    @Transactional
    public ProductDetails create(RelanceUser me, ProductChanges changes) {
        requireEditor(me);
        List<FieldProblem> problems = new ArrayList<>(changes.problems());
        required(changes.reference(), "reference", changes, problems);
        required(changes.label(), "label", changes, problems);
        required(changes.unitPrice(), "unitPrice", changes, problems);
        changes.reference()
                .filter(r -> products.referenceTaken(me.workspaceId(), r, null))
                .ifPresent(r -> problems.add(new FieldProblem("reference", "catalog.product.referenceTaken")));
        TaxRateId rate = changes.taxRateId()
                .map(id -> chosenRate(me.workspaceId(), new TaxRateId(id), null, problems))
                .orElseGet(() -> defaultRate(me.workspaceId(), changes, problems));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Product product = Product.create(new ProductId(Ids.newId()), changes, rate, clock.instant());
        try {
            products.insert(me.workspaceId(), product);
        } catch (DuplicateKeyException e) {
            // the same reference, created meanwhile
            throw new InvalidInputException("reference", "catalog.product.referenceTaken");
        }
        return get(me.workspaceId(), product.id());
    }

    /** A PATCH at the version read; a stale version is a 409. */
    @Transactional
    public ProductDetails update(RelanceUser me, ProductId id, ProductChanges changes) {
        requireEditor(me);
        Product product = get(me.workspaceId(), id).product();
        List<FieldProblem> problems = new ArrayList<>(changes.problems());
        if (changes.version() == null && !changes.refused("version")) {
            problems.add(new FieldProblem("version", "validation.version"));
        }
        changes.reference()
                .filter(r -> products.referenceTaken(me.workspaceId(), r, id.value()))
                .ifPresent(r -> problems.add(new FieldProblem("reference", "catalog.product.referenceTaken")));
        changes.taxRateId()
                .ifPresent(r -> chosenRate(me.workspaceId(), new TaxRateId(r), product.taxRateId(), problems));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (product.version() != changes.version()) {
            throw new StaleVersionException();
        }
        if (product.apply(changes, clock.instant())) {
            try {
                products.update(me.workspaceId(), product, changes.version());
            } catch (DuplicateKeyException e) {
                throw new InvalidInputException("reference", "catalog.product.referenceTaken");
            }
        }
        return get(me.workspaceId(), id);
    }

    /** No longer offered in the picker; kept, with its quotes. Deactivating an inactive one changes nothing. */
    @Transactional
    public ProductDetails deactivate(RelanceUser me, ProductId id) {
        requireEditor(me);
        Product product = get(me.workspaceId(), id).product();
        long version = product.version();
        Instant now = clock.instant();
        if (product.deactivate(now)) {
            products.update(me.workspaceId(), product, version);
        }
        return get(me.workspaceId(), id);
    }

    /** A rate of the workspace that may be chosen: active, or the one the product already has. */
    private TaxRateId chosenRate(WorkspaceId ws, TaxRateId id, TaxRateId current, List<FieldProblem> problems) {
        Optional<TaxRate> rate =
                taxRates.rates(ws).stream().filter(r -> r.id().equals(id)).findFirst();
        if (rate.isEmpty()) {
            problems.add(new FieldProblem("taxRateId", "validation.choice"));
        } else if (!rate.get().active() && !id.equals(current)) {
            problems.add(new FieldProblem("taxRateId", "catalog.product.rateInactive"));
        }
        return id;
    }

    private TaxRateId defaultRate(WorkspaceId ws, ProductChanges changes, List<FieldProblem> problems) {
        Optional<TaxRate> rate =
                taxRates.rates(ws).stream().filter(TaxRate::isDefault).findFirst();
        if (rate.isEmpty() && !changes.refused("taxRateId")) {
            problems.add(new FieldProblem("taxRateId", "catalog.product.noRate"));
        }
        return rate.map(TaxRate::id).orElse(null);
    }

    private static void required(Optional<?> value, String field, ProductChanges changes, List<FieldProblem> problems) {
        if (value.isEmpty() && !changes.refused(field)) {
            problems.add(new FieldProblem(field, "validation.required"));
        }
    }

    private static void requireEditor(RelanceUser me) {
        if (!canEdit(me)) {
            throw new ForbiddenException();
        }
    }
}
