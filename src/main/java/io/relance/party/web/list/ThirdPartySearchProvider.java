package io.relance.party.web.list;

import io.relance.party.core.ThirdPartyDetails;
import io.relance.party.search.ThirdPartyFilter;
import io.relance.party.search.ThirdPartySearch;
import io.relance.party.web.PartyPages;
import io.relance.shared.InvalidInputException;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.SearchProvider;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The third parties the global search box finds: by name, code, e-mail, city or phone (in any format). */
@Component
class ThirdPartySearchProvider implements SearchProvider {

    private final ThirdPartySearch thirdPartySearch;
    private final PartyPages pages;

    ThirdPartySearchProvider(ThirdPartySearch thirdPartySearch, PartyPages pages) {
        this.thirdPartySearch = thirdPartySearch;
        this.pages = pages;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<SearchResult> search(RelanceUser me, String query, int max) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("q", query);
        try {
            ThirdPartyFilter filter = ThirdPartyFilter.fromParams(params, pages.zone(me));
            return thirdPartySearch.list(me, filter, PageRequest.of(max, null)).items().stream()
                    .map(ThirdPartySearchProvider::result)
                    .toList();
        } catch (InvalidInputException e) {
            return List.of();
        }
    }

    private static SearchResult result(ThirdPartyDetails d) {
        var t = d.thirdParty();
        return new SearchResult(
                t.name(), t.code(), t.city(), PartyPages.page(t.id()), t.individual() ? "bi-person" : "bi-building");
    }
}
