package io.relance.party.web;

import io.relance.party.core.ThirdPartyDetails;
import io.relance.party.search.ThirdPartyFilter;
import io.relance.party.search.ThirdPartySearch;
import io.relance.shared.InvalidInputException;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceManagement;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The global search box: as you type, the third parties whose name, code, e-mail, city or phone (in any format)
 * match. Later modules add their records (quotes, deals) to the same results.
 */
@Controller
class SearchController {

    static final String VIEW_RESULTS = "party/search-results";
    static final int MAX_RESULTS = 8;

    private final ThirdPartySearch thirdPartySearch;
    private final WorkspaceManagement workspaces;

    SearchController(ThirdPartySearch thirdPartySearch, WorkspaceManagement workspaces) {
        this.thirdPartySearch = thirdPartySearch;
        this.workspaces = workspaces;
    }

    @GetMapping("/search")
    String search(@AuthenticationPrincipal RelanceUser me, @RequestParam(defaultValue = "") String q, Model model) {
        String query = q.strip();
        List<ThirdPartyDetails> results = List.of();
        if (query.length() >= 2 && query.length() <= 200) {
            MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
            params.add("q", query);
            try {
                ThirdPartyFilter filter = ThirdPartyFilter.fromParams(
                        params, workspaces.workspace(me.workspaceId()).zone());
                results = thirdPartySearch
                        .list(me, filter, PageRequest.of(MAX_RESULTS, null))
                        .items();
            } catch (InvalidInputException e) {
                results = List.of();
            }
        }
        model.addAttribute("q", query);
        model.addAttribute("results", results);
        return VIEW_RESULTS;
    }
}
