package io.relance.party.web.record;

import static io.relance.party.web.PartyPages.id;
import static io.relance.party.web.PartyPages.page;

import io.relance.party.ThirdPartyId;
import io.relance.party.core.ThirdPartyChanges;
import io.relance.party.core.ThirdPartyDetails;
import io.relance.party.core.ThirdPartyManagement;
import io.relance.party.web.FormProblems;
import io.relance.party.web.PartyPages;
import io.relance.party.web.form.ThirdPartyFields;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.web.Flash;
import io.relance.shared.web.HtmxAnswer;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The Details panel of a record page, edited in place: only the facts its form shows are ever changed by it. */
@Controller
@RequestMapping("/thirdparties/{id}/facts")
class FactsController {

    static final String VIEW_FACTS = "party/record-facts :: facts";
    static final String VIEW_FACTS_FORM = "party/record-facts :: facts-form";
    /** The Details panel, and the header's call, SMS and e-mail swapped out of band. */
    static final String VIEW_FACTS_SAVED = "party/record-facts :: facts-saved";

    /** The model attribute of the panel's form. */
    static final String FORM = "factsForm";

    private final ThirdPartyManagement thirdParties;
    private final PartyPages pages;

    FactsController(ThirdPartyManagement thirdParties, PartyPages pages) {
        this.thirdParties = thirdParties;
        this.pages = pages;
    }

    /** The Details panel as it shows (its Cancel); without htmx, the page. */
    @GetMapping
    String facts(@AuthenticationPrincipal RelanceUser me, @PathVariable String id, HtmxAnswer answer) {
        ThirdPartyDetails d = thirdParties.get(me, id(id));
        return answer.fragmentOr(page(id), () -> {
            factsModel(me, d, answer.model());
            return VIEW_FACTS;
        });
    }

    /** The Details panel as a small form (its pencil); without htmx, the full edit page. */
    @GetMapping("/edit")
    String factsForm(@AuthenticationPrincipal RelanceUser me, @PathVariable String id, HtmxAnswer answer) {
        ThirdPartyDetails d = thirdParties.get(me, id(id));
        return answer.fragmentOr(page(id) + "/edit", () -> {
            answer.with(FORM, ThirdPartyFields.of(d));
            return factsFormView(d, answer.model());
        });
    }

    /**
     * Saves the Details panel's facts, and only them, through the same checked, versioned update as the edit page:
     * the panel again and the timeline reloads; on error the form as typed at the version it was read (so the
     * corrected form saves); after a newer version, the user is told and the form is checked against it next.
     */
    @PostMapping
    String saveFacts(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @ModelAttribute(FORM) ThirdPartyFields form,
            BindingResult result,
            HtmxAnswer answer) {
        ThirdPartyId tpId = id(id);
        thirdParties.get(me, tpId); // a record out of reach is "not found", even to a wrong form
        BindingResult errors = result;
        try {
            ThirdPartyDetails saved =
                    thirdParties.update(me, tpId, ThirdPartyChanges.fromForm(form.factChanges(), pages.region(me)));
            return answer.answer(page(id), Flash.success("thirdparty.saved"), () -> {
                answer.trigger(PartyPages.TIMELINE_CHANGED);
                factsModel(me, saved, answer.model());
                answer.with("factsNotice", "thirdparty.saved").with("reachOob", true);
                return VIEW_FACTS_SAVED;
            });
        } catch (InvalidInputException e) {
            FormProblems.reject(result, e, ThirdPartyFields.FACTS::contains);
        } catch (StaleVersionException e) {
            // what is typed may be saved over the new version, now that the user was told
            ThirdPartyFields again =
                    form.at(thirdParties.get(me, tpId).thirdParty().version());
            errors = new BeanPropertyBindingResult(again, FORM);
            errors.reject("problem.stale");
            answer.with(FORM, again).with(BindingResult.MODEL_KEY_PREFIX + FORM, errors);
        }
        Flash flash = Flash.error(String.join(" ", pages.errors(errors).values()));
        return answer.answer(page(id), flash, () -> factsFormView(thirdParties.get(me, tpId), answer.model()));
    }

    /** What the Details panel shows: the record, its potential's label, its custom fields. */
    private void factsModel(RelanceUser me, ThirdPartyDetails d, Model model) {
        model.addAttribute("d", d);
        model.addAttribute("potentials", pages.potentials(me));
        model.addAttribute("fields", pages.customFields(me));
    }

    /** The Details panel's form (its values and errors are the bound {@value #FORM}), with its choices. */
    private String factsFormView(ThirdPartyDetails d, Model model) {
        model.addAttribute("d", d);
        pages.addressChoices(model);
        return VIEW_FACTS_FORM;
    }
}
