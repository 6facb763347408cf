package io.relance.shared.web;

import io.relance.shared.RelanceUser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The global search box: as you type, what every module's {@link SearchProvider} finds, in their order. */
@Controller
class SearchController {

    static final String VIEW_RESULTS = "fragments/search-results";
    static final int MAX_RESULTS = 8;

    private final List<SearchProvider> providers;

    SearchController(List<SearchProvider> providers) {
        this.providers = providers.stream()
                .sorted(Comparator.comparingInt(SearchProvider::order))
                .toList();
    }

    @GetMapping("/search")
    String search(@AuthenticationPrincipal RelanceUser me, @RequestParam(defaultValue = "") String q, Model model) {
        String query = q.strip();
        List<SearchProvider.SearchResult> results = new ArrayList<>();
        if (query.length() >= 2 && query.length() <= 200) {
            for (SearchProvider provider : providers) {
                if (results.size() < MAX_RESULTS) {
                    results.addAll(provider.search(me, query, MAX_RESULTS - results.size()));
                }
            }
        }
        model.addAttribute("q", query);
        model.addAttribute("results", results);
        return VIEW_RESULTS;
    }
}
