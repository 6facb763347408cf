package io.relance.party.web.merge;

import static io.relance.party.web.PartyPages.id;
import static io.relance.party.web.PartyPages.page;

import io.relance.party.ThirdPartyId;
import io.relance.party.core.ThirdPartyDetails;
import io.relance.party.core.ThirdPartyManagement;
import io.relance.party.customfield.CustomFieldManagement;
import io.relance.party.merge.ThirdPartyMerge;
import io.relance.party.search.ThirdPartyFilter;
import io.relance.party.search.ThirdPartySearch;
import io.relance.party.web.PartyPages;
import io.relance.shared.InvalidInputException;
import io.relance.shared.NotFoundException;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.web.Flash;
import java.util.List;
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

/** The merge page of a record: find the duplicate (by code, name or id), compare, merge it into the record. */
@Controller
@RequestMapping("/thirdparties/{id}/merge")
class MergeController {

    static final String VIEW_MERGE = "party/merge";

    private final ThirdPartyManagement thirdParties;

    private final ThirdPartySearch thirdPartySearch;

    private final ThirdPartyMerge thirdPartyMerge;

    private final CustomFieldManagement customFieldManagement;
    private final PartyPages pages;

    MergeController(
            ThirdPartyManagement thirdParties,
            PartyPages pages,
            CustomFieldManagement customFieldManagement,
            ThirdPartyMerge thirdPartyMerge,
            ThirdPartySearch thirdPartySearch) {

        this.thirdPartySearch = thirdPartySearch;

        this.thirdPartyMerge = thirdPartyMerge;

        this.customFieldManagement = customFieldManagement;
        this.thirdParties = thirdParties;
        this.pages = pages;
    }

    @GetMapping
    String mergeForm(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(defaultValue = "") String duplicate,
            Model model) {
        ThirdPartyDetails survivor = thirdParties.get(me, id(id));
        model.addAttribute("survivor", survivor);
        model.addAttribute("membersById", pages.membersById(me));
        model.addAttribute("fields", customFieldManagement.customFields(me.workspaceId()));
        model.addAttribute("q", duplicate);
        if (!duplicate.isBlank()) {
            String key = duplicate.strip();
            ThirdPartyDetails found = findDuplicate(me, key, survivor);
            if (found == null) {
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
            model.addAttribute("duplicate", found);
        }
        return VIEW_MERGE;
    }

    @PostMapping
    String merge(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam String duplicateId,
            RedirectAttributes redirect) {
        try {
            thirdPartyMerge.merge(me, id(id), id(duplicateId));
            Flash.success("thirdparty.merged").addTo(redirect);
        } catch (InvalidInputException e) {
            Flash.error(pages.sentence(e)).addTo(redirect);
        } catch (StaleVersionException e) {
            Flash.error(pages.text("problem.stale")).addTo(redirect);
        }
        return "redirect:" + page(id);
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

    /** The third party of an id typed in full, if the user may see it and it is not the record itself. */
    private ThirdPartyDetails findDuplicate(RelanceUser me, String key, ThirdPartyDetails survivor) {
        try {
            UUID uuid = UUID.fromString(key);
            if (uuid.equals(survivor.thirdParty().id().value())) {
                return null;
            }
            return thirdParties.get(me, new ThirdPartyId(uuid));
        } catch (IllegalArgumentException | NotFoundException e) {
            return null;
        }
    }
}
