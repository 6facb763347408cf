package io.relance.catalog.web.api;

import io.relance.catalog.TaxRateId;
import io.relance.catalog.taxrate.TaxRateChanges;
import io.relance.catalog.taxrate.TaxRateManagement;
import io.relance.shared.Ids;
import io.relance.shared.ListPage;
import io.relance.shared.RelanceUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/tax-rates}: the workspace's tax rates. Everyone reads; admins change. */
@RestController
@RequestMapping("/api/v1/tax-rates")
@Tag(name = "Catalogue")
record TaxRateApiController(TaxRateManagement taxRates) {

    @GetMapping
    @Operation(summary = "The workspace's tax rates, active or not: the default first, then by percent")
    ListPage<TaxRateView> list(@AuthenticationPrincipal RelanceUser me) {
        return new ListPage<>(
                taxRates.rates(me.workspaceId()).stream().map(TaxRateView::of).toList(), null);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create a tax rate (admins): name (unique), percent (0 to 100, at most 3 decimals), isDefault"
                    + " (the workspace's first rate is the default), active")
    TaxRateView create(@AuthenticationPrincipal RelanceUser me, @RequestBody Map<String, Object> body) {
        return TaxRateView.of(taxRates.create(me, TaxRateChanges.read(body)));
    }

    @GetMapping("/{id}")
    TaxRateView get(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        return TaxRateView.of(taxRates.get(me.workspaceId(), rate(id)));
    }

    @PatchMapping("/{id}")
    @Operation(
            summary = "Change a rate (admins): name, percent, active, isDefault: true (makes it the default);"
                    + " version required, stale → 409. The default rate stays active and the default until another"
                    + " is made the default")
    TaxRateView patch(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @RequestBody Map<String, Object> body) {
        return TaxRateView.of(taxRates.update(me, rate(id), TaxRateChanges.read(body)));
    }

    @DeleteMapping("/{id}")
    @Operation(
            summary = "Delete a rate (admins): refused (400, field error) while a product uses it (deactivate it"
                    + " instead) or while it is the default")
    ResponseEntity<Void> delete(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        taxRates.delete(me, rate(id));
        return ResponseEntity.noContent().build();
    }

    private static TaxRateId rate(String id) {
        return new TaxRateId(Ids.parse(id));
    }
}
