package io.relance.party.web.list;

import static io.relance.party.web.PartyPages.blank;

import io.relance.party.core.ThirdPartyDetails;
import io.relance.party.search.ListColumn;
import io.relance.party.search.SegmentManagement;
import io.relance.party.search.ThirdPartyFilter;
import io.relance.party.search.ThirdPartySearch;
import io.relance.party.web.PartyPages;
import io.relance.shared.InvalidInputException;
import io.relance.shared.ListPage;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The list of third parties: filters, a segment, the user's columns, and the next rows for "load more". */
@Controller
@RequestMapping("/thirdparties")
class ListController {

    static final String VIEW_LIST = "party/list";
    static final String VIEW_ROWS = "party/rows :: rows";
    static final int PAGE_SIZE = 50;

    private final ThirdPartySearch thirdPartySearch;
    private final SegmentManagement segmentManagement;
    private final ListModel lists;
    private final PartyPages pages;

    ListController(
            ThirdPartySearch thirdPartySearch, SegmentManagement segmentManagement, ListModel lists, PartyPages pages) {
        this.thirdPartySearch = thirdPartySearch;
        this.segmentManagement = segmentManagement;
        this.lists = lists;
        this.pages = pages;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal RelanceUser me, @RequestParam MultiValueMap<String, String> params, Model model) {
        MultiValueMap<String, String> effective = segmentManagement.withSegment(me, params);
        ListLinks links = new ListLinks(effective);
        model.addAttribute("links", links);
        List<ListColumn> columns = lists.fill(me, model);
        model.addAttribute("chipText", lists.chipText(me, links));
        model.addAttribute("pickerColumns", lists.pickerColumns(me, columns));
        // the list as it was asked for (a segment stays a segment), to come back to after choosing columns
        model.addAttribute("listQuery", new ListLinks(params).query());
        String segmentId = params.getFirst("segment");
        if (!blank(segmentId)) {
            segmentManagement.segments(me).stream()
                    .filter(s -> s.id().toString().equals(segmentId))
                    .findFirst()
                    .ifPresent(s -> model.addAttribute("activeSegment", s));
        }
        try {
            ThirdPartyFilter filter = ThirdPartyFilter.fromParams(effective, pages.zone(me));
            ListPage<ThirdPartyDetails> page =
                    thirdPartySearch.list(me, filter, PageRequest.of(PAGE_SIZE, params.getFirst("cursor")));
            model.addAttribute("page", page);
            model.addAttribute("count", thirdPartySearch.count(me, filter));
            model.addAttribute("filtered", !filter.isEmpty());
        } catch (InvalidInputException e) {
            model.addAttribute("page", new ListPage<ThirdPartyDetails>(List.of(), null));
            model.addAttribute("filterErrors", pages.errors(e));
        }
        return VIEW_LIST;
    }

    /** The next page of rows, for htmx's "load more". */
    @GetMapping("/rows")
    String rows(
            @AuthenticationPrincipal RelanceUser me, @RequestParam MultiValueMap<String, String> params, Model model) {
        MultiValueMap<String, String> effective = segmentManagement.withSegment(me, params);
        model.addAttribute("links", new ListLinks(effective));
        lists.fill(me, model);
        ThirdPartyFilter filter = ThirdPartyFilter.fromParams(effective, pages.zone(me));
        model.addAttribute(
                "page", thirdPartySearch.list(me, filter, PageRequest.of(PAGE_SIZE, params.getFirst("cursor"))));
        return VIEW_ROWS;
    }
}
