package io.relance.party.web.record;

import static io.relance.party.web.PartyPages.blank;
import static io.relance.party.web.PartyPages.id;
import static io.relance.party.web.PartyPages.page;

import io.relance.party.ThirdPartyId;
import io.relance.party.core.ThirdPartyChanges;
import io.relance.party.core.ThirdPartyDetails;
import io.relance.party.core.ThirdPartyManagement;
import io.relance.party.customfield.CustomFieldManagement;
import io.relance.party.settings.PartySettings;
import io.relance.party.web.PartyPages;
import io.relance.party.web.form.ThirdPartyFormModel;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.web.Flash;
import io.relance.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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

/** The Details panel of a record page, edited in place: only the facts its form shows are ever changed by it. */
@Controller
@RequestMapping("/thirdparties/{id}/facts")
class FactsController {

    static final String VIEW_FACTS = "party/record-facts :: facts";
    static final String VIEW_FACTS_FORM = "party/record-facts :: facts-form";
    /** The Details panel, and the header's call, SMS and e-mail swapped out of band. */
    static final String VIEW_FACTS_SAVED = "party/record-facts :: facts-saved";

    /** The facts the record's Details panel changes in place; nothing else is touched by its form. */
    static final List<String> FACT_FIELDS =
            List.of("email", "phone", "mobile", "website", "addressLine", "postalCode", "city", "country", "language");

    private final ThirdPartyManagement thirdParties;

    private final PartySettings partySettings;

    private final CustomFieldManagement customFieldManagement;
    private final ThirdPartyFormModel forms;
    private final PartyPages pages;

    FactsController(
            ThirdPartyManagement thirdParties,
            ThirdPartyFormModel forms,
            PartyPages pages,
            CustomFieldManagement customFieldManagement,
            PartySettings partySettings) {

        this.partySettings = partySettings;

        this.customFieldManagement = customFieldManagement;
        this.thirdParties = thirdParties;
        this.forms = forms;
        this.pages = pages;
    }

    /** The Details panel as it shows (its Cancel); without htmx, the page. */
    @GetMapping
    String facts(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, HttpServletRequest request, Model model) {
        ThirdPartyDetails d = thirdParties.get(me, id(id));
        return Htmx.fragmentOr(request, page(id), () -> {
            factsModel(me, d, model);
            return VIEW_FACTS;
        });
    }

    /** The Details panel as a small form (its pencil); without htmx, the full edit page. */
    @GetMapping("/edit")
    String factsForm(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, HttpServletRequest request, Model model) {
        ThirdPartyDetails d = thirdParties.get(me, id(id));
        return Htmx.fragmentOr(request, page(id) + "/edit", () -> {
            Map<String, Object> values = new LinkedHashMap<>(ThirdPartyFormModel.valuesOf(d));
            factsFormModel(
                    me,
                    d,
                    model,
                    values,
                    Map.of(),
                    String.valueOf(d.thirdParty().version()));
            return VIEW_FACTS_FORM;
        });
    }

    /**
     * Saves the Details panel's facts, and only them (absent fields stay as they are), through the same checked,
     * versioned update as the edit page: the panel again and the timeline reloads; on error the form as typed.
     */
    @PostMapping
    String saveFacts(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> form,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        ThirdPartyId tpId = id(id);
        thirdParties.get(me, tpId); // a record out of reach is "not found", even to a wrong form
        Map<String, Object> typed = new LinkedHashMap<>();
        for (String field : FACT_FIELDS) {
            typed.put(field, form.getFirst(field) == null ? "" : form.getFirst(field));
        }
        Map<String, String> errors;
        String version = form.getFirst("version");
        try {
            Map<String, Object> changes = new LinkedHashMap<>(typed);
            changes.put("version", blank(version) ? null : version);
            ThirdPartyDetails saved =
                    thirdParties.update(me, tpId, ThirdPartyChanges.fromForm(changes, pages.region(me)));
            return Htmx.answer(request, redirect, page(id), Flash.success("thirdparty.saved"), () -> {
                PartyPages.timelineChanged(response);
                factsModel(me, saved, model);
                model.addAttribute("factsNotice", "thirdparty.saved");
                model.addAttribute("reachOob", true);
                return VIEW_FACTS_SAVED;
            });
        } catch (InvalidInputException e) {
            errors = pages.errors(e);
        } catch (StaleVersionException e) {
            errors = Map.of(PartyPages.FORM, pages.text("problem.stale"));
            version = null; // what is typed may be saved over the new version, now that the user was told
        }
        String checkedAgainst = version;
        return Htmx.answer(request, redirect, page(id), Flash.error(String.join(" ", errors.values())), () -> {
            ThirdPartyDetails current = thirdParties.get(me, tpId);
            factsFormModel(
                    me,
                    current,
                    model,
                    typed,
                    errors,
                    checkedAgainst == null ? String.valueOf(current.thirdParty().version()) : checkedAgainst);
            return VIEW_FACTS_FORM;
        });
    }

    /** What the Details panel shows: the record, its potential's label, its custom fields. */
    private void factsModel(RelanceUser me, ThirdPartyDetails d, Model model) {
        model.addAttribute("d", d);
        model.addAttribute("potentials", partySettings.potentialLevels(me.workspaceId()));
        model.addAttribute("fields", customFieldManagement.customFields(me.workspaceId()));
    }

    /**
     * The Details panel's form: the values (as typed after an error), the errors beside their fields and any other
     * (a stale version, a missing one) above them, the version the next save is checked against.
     */
    private void factsFormModel(
            RelanceUser me,
            ThirdPartyDetails d,
            Model model,
            Map<String, Object> values,
            Map<String, String> errors,
            String version) {
        forms.fill(me, model, values, errors, d);
        model.addAttribute("d", d);
        Map<String, String> others = new LinkedHashMap<>(errors);
        others.keySet().removeAll(FACT_FIELDS);
        model.addAttribute("factsFormError", others.isEmpty() ? null : String.join(" ", others.values()));
        model.addAttribute("factsVersion", version);
    }
}
