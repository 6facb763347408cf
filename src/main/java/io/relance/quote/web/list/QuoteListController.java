package io.relance.quote.web.list;

import io.relance.party.ThirdPartyLookup;
import io.relance.party.ThirdPartySummary;
import io.relance.quote.QuoteStatus;
import io.relance.quote.search.QuoteFilter;
import io.relance.quote.search.QuoteListRow;
import io.relance.quote.search.QuoteSearch;
import io.relance.quote.search.QuoteSort;
import io.relance.quote.web.QuotePages;
import io.relance.shared.InvalidInputException;
import io.relance.shared.ListPage;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The quote list ({@code /quotes}): filters (status, owner, third party, created between, total between) as a plain
 * GET form and removable chips, sortable columns, "load more" by cursor (htmx appends the rows; a plain link
 * without JavaScript).
 */
@Controller
record QuoteListController(QuoteSearch search, ThirdPartyLookup thirdParties, QuotePages pages) {

    static final String VIEW_LIST = "quote/list";
    static final String VIEW_ROWS = "quote/list :: rows";

    @GetMapping("/quotes")
    String list(
            @AuthenticationPrincipal RelanceUser me,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request,
            Model model) {
        MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
        params.forEach((k, v) -> {
            List<String> kept =
                    v.stream().filter(s -> s != null && !s.isBlank()).toList();
            if (!kept.isEmpty() && !k.equals("cursor") && !k.equals("limit")) {
                filters.put(k, kept);
            }
        });
        QuoteFilter filter;
        ListPage<QuoteListRow> page;
        try {
            filter = QuoteFilter.read(me, filters);
            page = search.list(me, filter, PageRequest.of(50, params.getFirst("cursor")));
        } catch (InvalidInputException e) {
            model.addAttribute("filterErrors", pages.errors(e));
            filter = QuoteFilter.none();
            filters.clear();
            page = search.list(me, filter, PageRequest.of(50, null));
        }
        ThirdPartySummary party = filter.thirdParty() == null
                ? null
                : thirdParties.find(me, filter.thirdParty()).orElse(null);
        model.addAttribute("page", page);
        model.addAttribute("filter", filter);
        model.addAttribute("party", party);
        model.addAttribute("statuses", QuoteStatus.values());
        model.addAttribute("members", pages.membersById(me).values());
        model.addAttribute("membersById", pages.membersById(me));
        model.addAttribute("chips", chips(filters));
        model.addAttribute("sortLinks", sortLinks(filters, filter.sort()));
        model.addAttribute(
                "nextLink", page.nextCursor() == null ? null : link(with(filters, "cursor", page.nextCursor())));
        if (request.getHeader("HX-Request") != null && params.getFirst("cursor") != null) {
            return VIEW_ROWS;
        }
        return VIEW_LIST;
    }

    /** A chip per filter in use: its name and the link that removes it. */
    private static Map<String, String> chips(MultiValueMap<String, String> filters) {
        Map<String, String> chips = new LinkedHashMap<>();
        for (String key : filters.keySet()) {
            if (!key.equals("sort")) {
                MultiValueMap<String, String> without = new LinkedMultiValueMap<>(filters);
                without.remove(key);
                chips.put(key, link(without));
            }
        }
        return chips;
    }

    /** Per sortable column: the link that sorts on it (the other way round when it is the sort already). */
    private static Map<String, String> sortLinks(MultiValueMap<String, String> filters, QuoteSort current) {
        Map<String, String> links = new LinkedHashMap<>();
        for (QuoteSort.Key key : QuoteSort.Key.values()) {
            boolean same = current.key() == key;
            String sort = (same && !current.descending() ? "-" : "") + key.name();
            links.put(key.name(), link(with(filters, "sort", sort)));
        }
        return links;
    }

    private static MultiValueMap<String, String> with(MultiValueMap<String, String> filters, String key, String value) {
        MultiValueMap<String, String> copy = new LinkedMultiValueMap<>(filters);
        copy.set(key, value);
        return copy;
    }

    private static String link(MultiValueMap<String, String> params) {
        return UriComponentsBuilder.fromPath("/quotes")
                .queryParams(params)
                .encode()
                .build()
                .toUriString();
    }
}
