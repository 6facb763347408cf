package io.relance.catalog.web.api;

import io.relance.catalog.ProductId;
import io.relance.catalog.product.ProductChanges;
import io.relance.catalog.product.ProductFilter;
import io.relance.catalog.product.ProductManagement;
import io.relance.catalog.product.ProductSearch;
import io.relance.shared.Ids;
import io.relance.shared.ListPage;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/products}: the catalogue's products and services. Everyone reads; admins and managers change. */
@RestController
@RequestMapping("/api/v1/products")
@Tag(name = "Catalogue", description = "Products and services, tax rates")
record ProductApiController(ProductManagement products, ProductSearch search, WorkspaceManagement workspaces) {

    @GetMapping
    @Operation(
            summary = "List products in label order: q (words of the reference or label), active (true|false), kind"
                    + " (PRODUCT|SERVICE), limit (default 50, at most 500), cursor")
    ListPage<ProductView> list(
            @AuthenticationPrincipal RelanceUser me,
            @Parameter(description = "Words of the reference or label") @RequestParam(required = false) String q,
            @Parameter(description = "true: offered ones only; false: deactivated ones; absent: both")
                    @RequestParam(required = false)
                    String active,
            @Parameter(description = "PRODUCT or SERVICE") @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        ProductFilter filter = ProductFilter.of(q, active, kind);
        String currency = currency(me);
        return search.list(me.workspaceId(), filter, PageRequest.of(limit, cursor))
                .map(d -> ProductView.of(d, currency));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create a product (admins, managers): reference (unique), label, unitPrice at least;"
                    + " description, unit, costPrice, taxRateId (default: the workspace's default rate), kind"
                    + " (default SERVICE), active")
    ProductView create(@AuthenticationPrincipal RelanceUser me, @RequestBody Map<String, Object> body) {
        return ProductView.of(products.create(me, ProductChanges.read(body)), currency(me));
    }

    @GetMapping("/{id}")
    ProductView get(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        return ProductView.of(products.get(me.workspaceId(), product(id)), currency(me));
    }

    @PatchMapping("/{id}")
    @Operation(
            summary = "Change fields (admins, managers; absent: unchanged, null: cleared); version required,"
                    + " stale → 409")
    ProductView patch(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @RequestBody Map<String, Object> body) {
        return ProductView.of(products.update(me, product(id), ProductChanges.read(body)), currency(me));
    }

    @DeleteMapping("/{id}")
    @Operation(
            summary = "Deactivate a product (admins, managers): it is no longer offered, and kept for the quotes"
                    + " that name it; PATCH active: true offers it again")
    ResponseEntity<Void> delete(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        products.deactivate(me, product(id));
        return ResponseEntity.noContent().build();
    }

    private String currency(RelanceUser me) {
        return workspaces.workspace(me.workspaceId()).currency();
    }

    private static ProductId product(String id) {
        return new ProductId(Ids.parse(id));
    }
}
