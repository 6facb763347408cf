package io.relance.party.web.merge;

import static io.relance.party.web.PartyPages.id;
import static io.relance.party.web.PartyPages.page;

import io.relance.party.ThirdPartyId;
import io.relance.party.core.ThirdPartyDetails;
import io.relance.party.merge.MergeRequest;
import io.relance.party.merge.ThirdPartyMerge;
import io.relance.party.search.DuplicateCheck;
import io.relance.party.search.DuplicateFinder;
import io.relance.party.search.PossibleDuplicate;
import io.relance.party.search.ThirdPartyFilter;
import io.relance.party.search.ThirdPartySearch;
import io.relance.party.web.PartyPages;
import io.relance.shared.ForbiddenException;
import io.relance.shared.InvalidInputException;
import io.relance.shared.NotFoundException;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.web.Flash;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The merge page of a record: the known possible duplicates offered up front, or one found by code, name, e-mail or
 * phone; both side by side, formatted, with a choice per differing field; swap which one survives; merge.
 */
@Controller
@RequestMapping("/thirdparties/{id}/merge")
class MergeController {

    static final String VIEW_MERGE = "party/merge";

    /** The radios of the page: {@code pick.<field>} = survivor or duplicate. */
    static final String PICK = "pick.";

    private final ThirdPartyMerge thirdPartyMerge;
    private final ThirdPartySearch thirdPartySearch;
    private final DuplicateFinder duplicateFinder;
    private final PartyPages pages;

    MergeController(
            ThirdPartyMerge thirdPartyMerge,
            ThirdPartySearch thirdPartySearch,
            DuplicateFinder duplicateFinder,
            PartyPages pages) {
        this.thirdPartyMerge = thirdPartyMerge;
        this.thirdPartySearch = thirdPartySearch;
        this.duplicateFinder = duplicateFinder;
        this.pages = pages;
    }

    /**
     * @param duplicate the id of the duplicate picked (a hidden field, or a link); for links of older pages, a text
     *     to look for
     * @param q what was typed in the search box
     */
    @GetMapping
    String mergeForm(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(defaultValue = "") String duplicate,
            @RequestParam(defaultValue = "") String q,
            Model model) {
        ThirdPartyDetails survivor = thirdPartyMerge.mergeable(me, id(id));
        model.addAttribute("survivor", survivor);
        model.addAttribute("offered", offered(me, survivor));
        ThirdPartyDetails found = picked(me, duplicate.strip(), survivor);
        String typed = q.strip();
        if (typed.isEmpty() && found == null && !isId(duplicate.strip())) {
            typed = duplicate.strip();
        }
        if (found != null && typed.equals(label(found))) {
            typed = ""; // the box shows the pick: it was not searched again
        }
        if (!typed.isEmpty()) {
            String key = typed;
            List<ThirdPartyDetails> candidates = candidates(me, key, survivor);
            // A code typed in full picks its third party at once.
            found = candidates.stream()
                    .filter(c -> key.equalsIgnoreCase(c.thirdParty().code()))
                    .findFirst()
                    .orElse(null);
            if (found == null) {
                model.addAttribute("candidates", candidates);
            }
        }
        model.addAttribute("q", found != null ? label(found) : typed);
        if (found != null) {
            model.addAttribute("duplicate", found);
            model.addAttribute("rows", MergeRow.of(survivor, found, pages.customFields(me), pages::text));
        }
        return VIEW_MERGE;
    }

    @PostMapping
    String merge(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam String duplicateId,
            @RequestParam(required = false) Long survivorVersion,
            @RequestParam(required = false) Long duplicateVersion,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        Map<String, String> picks = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith(PICK)) {
                picks.put(k.substring(PICK.length()), v);
            }
        });
        ThirdPartyId duplicate = id(duplicateId);
        try {
            thirdPartyMerge.merge(
                    me,
                    id(id),
                    new MergeRequest(duplicate, survivorVersion, duplicateVersion, MergeRequest.picks(picks)));
            Flash.success("thirdparty.merged").addTo(redirect);
            return "redirect:" + page(id);
        } catch (InvalidInputException e) {
            Flash.error(pages.sentence(e)).addTo(redirect);
        } catch (StaleVersionException e) {
            Flash.error(pages.text("thirdparty.merge.stale")).addTo(redirect);
        }
        // nothing merged: the page again, with both records as they are now
        redirect.addAttribute("duplicate", duplicate.value());
        return "redirect:" + page(id) + "/merge";
    }

    /** The search box's text for a picked record: its name and code. */
    static String label(ThirdPartyDetails d) {
        return d.thirdParty().name() + " (" + d.thirdParty().code() + ")";
    }

    /**
     * The known possible duplicates of the record (same e-mail, phone, or name), those the user may see and merge:
     * one he only sees through a special case is left out, as it cannot be merged.
     */
    private List<PossibleDuplicate> offered(RelanceUser me, ThirdPartyDetails survivor) {
        var s = survivor.thirdParty();
        DuplicateCheck check = new DuplicateCheck(
                s.name(), s.email(), java.util.Arrays.asList(s.phone(), s.mobile()), s.country(), s.id());
        return duplicateFinder.possibleDuplicates(me, check).stream()
                .filter(d -> !d.hidden())
                .filter(d -> me.seesAll() || d.owner() != null && d.owner().id().equals(me.userId()))
                .toList();
    }

    /** The third parties the search finds for what was typed, but the record itself. */
    private List<ThirdPartyDetails> candidates(RelanceUser me, String key, ThirdPartyDetails survivor) {
        MultiValueMap<String, String> p = new LinkedMultiValueMap<>();
        p.add("q", key);
        try {
            return thirdPartySearch
                    .list(me, ThirdPartyFilter.fromParams(p, pages.zone(me)), PageRequest.of(10, null))
                    .items()
                    .stream()
                    .filter(c ->
                            !c.thirdParty().id().equals(survivor.thirdParty().id()))
                    .toList();
        } catch (InvalidInputException e) {
            return List.of();
        }
    }

    /** The third party of an id, if the user may merge it and it is not the record itself. */
    private ThirdPartyDetails picked(RelanceUser me, String key, ThirdPartyDetails survivor) {
        if (!isId(key)) {
            return null;
        }
        UUID uuid = UUID.fromString(key);
        if (uuid.equals(survivor.thirdParty().id().value())) {
            return null;
        }
        try {
            return thirdPartyMerge.mergeable(me, new ThirdPartyId(uuid));
        } catch (NotFoundException | ForbiddenException e) {
            return null;
        }
    }

    private static boolean isId(String key) {
        try {
            return key.length() == 36 && UUID.fromString(key) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
