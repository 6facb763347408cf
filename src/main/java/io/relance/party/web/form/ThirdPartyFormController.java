package io.relance.party.web.form;

import static io.relance.party.web.PartyPages.id;

import io.relance.party.ThirdPartyId;
import io.relance.party.core.Source;
import io.relance.party.core.ThirdPartyChanges;
import io.relance.party.core.ThirdPartyDetails;
import io.relance.party.core.ThirdPartyManagement;
import io.relance.party.search.DuplicateCheck;
import io.relance.party.search.DuplicateFinder;
import io.relance.party.search.PossibleDuplicate;
import io.relance.party.web.PartyPages;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.web.Flash;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The new and edit pages of a third party, and the possible duplicates shown while typing in them. */
@Controller
@RequestMapping("/thirdparties")
class ThirdPartyFormController {

    static final String VIEW_FORM = "party/form";
    static final String VIEW_DUPLICATES = "party/duplicates :: duplicates";

    private final ThirdPartyManagement thirdParties;

    private final DuplicateFinder duplicateFinder;
    private final ThirdPartyFormModel forms;
    private final PartyPages pages;

    ThirdPartyFormController(
            ThirdPartyManagement thirdParties,
            ThirdPartyFormModel forms,
            PartyPages pages,
            DuplicateFinder duplicateFinder) {

        this.duplicateFinder = duplicateFinder;
        this.thirdParties = thirdParties;
        this.forms = forms;
        this.pages = pages;
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal RelanceUser me, Model model) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", "prospect");
        values.put("country", pages.region(me));
        values.put("ownerId", me.userId().toString());
        forms.fill(me, model, values, Map.of(), null);
        return VIEW_FORM;
    }

    @PostMapping("/new")
    String create(
            @AuthenticationPrincipal RelanceUser me, @RequestParam MultiValueMap<String, String> form, Model model) {
        Map<String, Object> values = forms.posted(me, form);
        try {
            ThirdPartyDetails created = thirdParties.create(
                    me,
                    ThirdPartyChanges.fromForm(ThirdPartyFormModel.changes(values, true), pages.region(me)),
                    Source.MANUAL);
            return "redirect:" + PartyPages.page(created.thirdParty().id());
        } catch (InvalidInputException e) {
            forms.fill(me, model, values, pages.errors(e), null);
            return VIEW_FORM;
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal RelanceUser me, @PathVariable String id, Model model) {
        ThirdPartyDetails d = thirdParties.get(me, id(id));
        forms.fill(me, model, ThirdPartyFormModel.valuesOf(d), Map.of(), d);
        return VIEW_FORM;
    }

    @PostMapping("/{id}/edit")
    String update(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        ThirdPartyDetails current = thirdParties.get(me, id(id));
        Map<String, Object> values = forms.posted(me, form);
        try {
            Map<String, Object> changes = ThirdPartyFormModel.changes(values, false);
            changes.put("version", form.getFirst("version"));
            thirdParties.update(me, id(id), ThirdPartyChanges.fromForm(changes, pages.region(me)));
            Flash.success("thirdparty.saved").addTo(redirect);
            return "redirect:" + PartyPages.page(id);
        } catch (InvalidInputException e) {
            forms.fill(me, model, values, pages.errors(e), current);
            return VIEW_FORM;
        } catch (StaleVersionException e) {
            forms.fill(me, model, values, Map.of(PartyPages.FORM, pages.text("problem.stale")), current);
            return VIEW_FORM;
        }
    }

    /**
     * The possible duplicates of what the new or edit form holds so far, for htmx to show under the name while the
     * user types (nothing without JavaScript: the form works as before).
     */
    @GetMapping("/duplicates")
    String duplicates(
            @AuthenticationPrincipal RelanceUser me,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String phone,
            @RequestParam(required = false) String mobile,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String excludeId,
            Model model) {
        List<PossibleDuplicate> found;
        ThirdPartyId editing = null;
        try {
            editing = PartyPages.excluded(excludeId);
            found = duplicateFinder.possibleDuplicates(
                    me, new DuplicateCheck(name, email, Arrays.asList(phone, mobile), country, editing));
        } catch (InvalidInputException e) {
            found = List.of();
        }
        model.addAttribute("duplicates", found);
        model.addAttribute("editing", editing);
        return VIEW_DUPLICATES;
    }
}
