package io.relance.catalog.web.product;

import io.relance.catalog.ProductId;
import io.relance.catalog.product.ProductDetails;
import io.relance.catalog.product.ProductFilter;
import io.relance.catalog.product.ProductKind;
import io.relance.catalog.product.ProductManagement;
import io.relance.catalog.product.ProductSearch;
import io.relance.catalog.taxrate.TaxRate;
import io.relance.catalog.taxrate.TaxRateManagement;
import io.relance.catalog.web.CatalogFormat;
import io.relance.shared.ForbiddenException;
import io.relance.shared.FormErrors;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.ListPage;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.Flash;
import io.relance.shared.web.PageTexts;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The catalogue's pages: the list of products (search, filters, "load more"), and the new and edit form. Everyone
 * reads them; only admins and managers see the form's save button and may post it.
 */
@Controller
@RequestMapping("/catalog")
record ProductPages(
        ProductManagement products,
        ProductSearch search,
        TaxRateManagement taxRates,
        CatalogFormat format,
        PageTexts texts) {

    static final String VIEW_LIST = "catalog/list";
    static final String VIEW_ROWS = "catalog/list :: rows";
    static final String VIEW_FORM = "catalog/form";
    static final int PAGE_SIZE = 50;

    /** The list's query: its filters as typed and the cursor of the next rows. */
    record ListQuery(String q, String active, String kind, String cursor) {

        ProductFilter filter() {
            return ProductFilter.of(q, active, kind);
        }

        PageRequest page() {
            return PageRequest.of(PAGE_SIZE, cursor);
        }
    }

    @GetMapping
    String list(@AuthenticationPrincipal RelanceUser me, ListQuery query, Model model) {
        filters(me, query, model);
        model.addAttribute("kinds", ProductKind.values());
        try {
            ProductFilter filter = query.filter();
            model.addAttribute("filtered", !filter.isEmpty());
            model.addAttribute("page", search.list(me.workspaceId(), filter, query.page()));
        } catch (InvalidInputException e) {
            model.addAttribute("filtered", true);
            model.addAttribute("page", new ListPage<ProductDetails>(List.of(), null));
            model.addAttribute("filterErrors", sentences(e));
        }
        return VIEW_LIST;
    }

    /** The next rows, for htmx's "load more". */
    @GetMapping("/rows")
    String rows(@AuthenticationPrincipal RelanceUser me, ListQuery query, Model model) {
        filters(me, query, model);
        model.addAttribute("page", search.list(me.workspaceId(), query.filter(), query.page()));
        return VIEW_ROWS;
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal RelanceUser me, Model model) {
        requireEditor(me);
        String defaultRate = taxRates.rates(me.workspaceId()).stream()
                .filter(TaxRate::isDefault)
                .map(r -> r.id().toString())
                .findFirst()
                .orElse("");
        model.addAttribute("form", ProductForm.empty(defaultRate));
        return form(me, null, model);
    }

    @PostMapping("/new")
    String create(
            @AuthenticationPrincipal RelanceUser me,
            @ModelAttribute("form") ProductForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        requireEditor(me);
        String done = FormErrors.save(
                result,
                () -> {
                    ProductDetails created = products.create(me, form.changes());
                    Flash.success("catalog.product.created", created.product().label())
                            .addTo(redirect);
                },
                "redirect:/catalog",
                VIEW_FORM);
        return done.equals(VIEW_FORM) ? form(me, null, model) : done;
    }

    @GetMapping("/{id}")
    String editForm(@AuthenticationPrincipal RelanceUser me, @PathVariable String id, Model model) {
        ProductDetails d = products.get(me.workspaceId(), product(id));
        model.addAttribute("form", ProductForm.of(d.product(), format));
        return form(me, d, model);
    }

    /**
     * Saves the edit form at the version it was read; after someone else's change it comes back as typed, says so,
     * and carries the version now, so that saving it again (knowingly) goes over that change.
     */
    @PostMapping("/{id}")
    String update(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @ModelAttribute("form") ProductForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        requireEditor(me);
        ProductId productId = product(id);
        ProductDetails current = products.get(me.workspaceId(), productId);
        String done = FormErrors.save(
                result,
                () -> {
                    ProductDetails saved = products.update(me, productId, form.changes());
                    Flash.success("catalog.product.saved", saved.product().label())
                            .addTo(redirect);
                },
                "redirect:/catalog",
                VIEW_FORM,
                model,
                () -> products.get(me.workspaceId(), productId).product().version());
        return done.equals(VIEW_FORM) ? form(me, current, model) : done;
    }

    /** The filters as typed (for the form and the "load more" link), and whether the reader may edit. */
    private static void filters(RelanceUser me, ListQuery query, Model model) {
        model.addAttribute("q", query.q() == null ? "" : query.q());
        model.addAttribute("active", query.active() == null ? "" : query.active());
        model.addAttribute("kind", query.kind() == null ? "" : query.kind());
        model.addAttribute("canEdit", ProductManagement.canEdit(me));
    }

    private String form(RelanceUser me, ProductDetails editing, Model model) {
        List<TaxRate> rates = taxRates.rates(me.workspaceId()).stream()
                .filter(r -> r.active()
                        || (editing != null && r.id().equals(editing.product().taxRateId())))
                .toList();
        model.addAttribute("editing", editing);
        model.addAttribute("rates", rates);
        model.addAttribute("kinds", ProductKind.values());
        model.addAttribute("canEdit", ProductManagement.canEdit(me));
        return VIEW_FORM;
    }

    private List<String> sentences(InvalidInputException e) {
        return e.problems().stream().map(p -> p.field() + ": " + texts.text(p)).toList();
    }

    private static void requireEditor(RelanceUser me) {
        if (!ProductManagement.canEdit(me)) {
            throw new ForbiddenException();
        }
    }

    private static ProductId product(String id) {
        return new ProductId(Ids.parse(id));
    }
}
