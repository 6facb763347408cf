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
import java.util.List;
import org.springframework.beans.propertyeditors.CustomCollectionEditor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The new and edit pages of a third party, and the possible duplicates shown while typing in them. */
@Controller
@RequestMapping("/thirdparties")
record ThirdPartyFormController(
        ThirdPartyManagement thirdParties,
        ThirdPartyFormModel forms,
        PartyPages pages,
        DuplicateFinder duplicateFinder) {

    static final String VIEW_FORM = "party/form";
    static final String VIEW_DUPLICATES = "party/duplicates :: duplicates";

    /** Each ticked choice of a multi-choice custom field is one choice, never split at its commas. */
    @InitBinder(ThirdPartyFormModel.FORM)
    void choicesAsPosted(WebDataBinder binder) {
        binder.registerCustomEditor(List.class, new CustomCollectionEditor(List.class));
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal RelanceUser me, Model model) {
        model.addAttribute(
                ThirdPartyFormModel.FORM,
                ThirdPartyFields.empty(pages.region(me), me.userId().toString()));
        forms.fill(me, model, null);
        return VIEW_FORM;
    }

    @PostMapping("/new")
    String create(
            @AuthenticationPrincipal RelanceUser me,
            @ModelAttribute(ThirdPartyFormModel.FORM) ThirdPartyFields form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            ThirdPartyDetails created = thirdParties.create(
                    me,
                    ThirdPartyChanges.fromForm(form.changes(true, forms.customFields(me)), pages.region(me)),
                    Source.MANUAL);
            Flash.success("thirdparty.createdDone", created.thirdParty().name()).addTo(redirect);
            return "redirect:" + PartyPages.page(created.thirdParty().id());
        } catch (InvalidInputException e) {
            ThirdPartyFormModel.reject(result, e, form, me.seesAll());
            forms.fill(me, model, null);
            return VIEW_FORM;
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal RelanceUser me, @PathVariable String id, Model model) {
        ThirdPartyDetails d = thirdParties.get(me, id(id));
        model.addAttribute(ThirdPartyFormModel.FORM, ThirdPartyFields.of(d));
        forms.fill(me, model, d);
        return VIEW_FORM;
    }

    /**
     * Saves the edit page at the version it was read: on error the form again as typed, with that version (so the
     * corrected form saves); after a newer version, the user is told and the form is checked against it next.
     */
    @PostMapping("/{id}/edit")
    String update(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @ModelAttribute(ThirdPartyFormModel.FORM) ThirdPartyFields form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ThirdPartyDetails current = thirdParties.get(me, id(id));
        try {
            thirdParties.update(
                    me,
                    id(id),
                    ThirdPartyChanges.fromForm(form.changes(false, forms.customFields(me)), pages.region(me)));
            Flash.success("thirdparty.saved").addTo(redirect);
            return "redirect:" + PartyPages.page(id);
        } catch (InvalidInputException e) {
            ThirdPartyFormModel.reject(result, e, form, false);
        } catch (StaleVersionException e) {
            model.addAttribute(
                    ThirdPartyFormModel.FORM, form.at(current.thirdParty().version()));
            result = new BeanPropertyBindingResult(
                    model.getAttribute(ThirdPartyFormModel.FORM), ThirdPartyFormModel.FORM);
            result.reject("problem.stale");
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + ThirdPartyFormModel.FORM, result);
        }
        forms.fill(me, model, current);
        return VIEW_FORM;
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
