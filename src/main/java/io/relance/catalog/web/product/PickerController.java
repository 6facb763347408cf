package io.relance.catalog.web.product;

import io.relance.catalog.product.ProductDetails;
import io.relance.catalog.product.ProductSearch;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The product picker of the quote editor: {@code GET /catalog/picker?q=} answers, to htmx, the list of matching active
 * products as an HTML fragment; each item carries what a quote line takes from it in data attributes
 * ({@code data-product-id}, {@code data-label}, {@code data-description}, {@code data-unit}, {@code data-unit-price}
 * as a plain number "120.00", {@code data-tax-rate} in percent "5.5"). Without JavaScript the same address is a page
 * with a search box.
 */
@Controller
class PickerController {

    static final String VIEW_PAGE = "catalog/picker";
    static final String VIEW_ITEMS = "catalog/picker :: items";

    private final ProductSearch search;

    PickerController(ProductSearch search) {
        this.search = search;
    }

    @GetMapping("/catalog/picker")
    String picker(
            @AuthenticationPrincipal RelanceUser me,
            @RequestParam(required = false) String q,
            HttpServletRequest request,
            Model model) {
        List<ProductDetails> found;
        try {
            found = search.picker(me.workspaceId(), q);
        } catch (InvalidInputException e) {
            found = List.of();
        }
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("found", found);
        return Htmx.isRequest(request) ? VIEW_ITEMS : VIEW_PAGE;
    }
}
