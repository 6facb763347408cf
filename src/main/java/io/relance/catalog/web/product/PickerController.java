package io.relance.catalog.web.product;

import io.relance.catalog.CatalogLookup;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The product picker of the quote editor: {@code GET /catalog/picker?q=} answers, to htmx, the list of matching active
 * products as an HTML fragment; each item carries what a quote line takes from it in data attributes
 * ({@code data-product-id}, {@code data-label}, {@code data-description}, {@code data-unit}, {@code data-unit-price}
 * as a plain number "120.00", {@code data-tax-rate} in percent "5.5"). With {@code pick=add-product}, each is a submit
 * button of the form around it, {@code name="action" value="add-product:<id>"} (the quote editor adds the line on
 * the server, with or without JavaScript). Without htmx the same address is a page with a search box.
 */
@Controller
record PickerController(CatalogLookup catalog) {

    static final String VIEW_PAGE = "catalog/picker";
    static final String VIEW_ITEMS = "catalog/picker :: items";

    /** What a found product's button may submit as {@code action} ({@code pick:<id>}): a word of the page's. */
    private static final java.util.regex.Pattern PICK = java.util.regex.Pattern.compile("[a-z][a-z-]{0,30}");

    @GetMapping("/catalog/picker")
    String picker(
            @AuthenticationPrincipal RelanceUser me,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String pick,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("found", catalog.search(me.workspaceId(), q));
        model.addAttribute("pick", pick != null && PICK.matcher(pick).matches() ? pick : null);
        return Htmx.isRequest(request) ? VIEW_ITEMS : VIEW_PAGE;
    }
}
