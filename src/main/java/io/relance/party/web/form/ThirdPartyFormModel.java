package io.relance.party.web.form;

import io.relance.party.ProspectStatus;
import io.relance.party.core.ThirdPartyDetails;
import io.relance.party.customfield.CustomField;
import io.relance.party.web.FormProblems;
import io.relance.party.web.PartyPages;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What the new and edit pages show around their form ({@link ThirdPartyFields}, bound as {@value #FORM}): the record
 * edited, the workspace's custom fields, members, statuses and potential levels, the countries and languages.
 */
@Component
class ThirdPartyFormModel {

    /** The model attribute of the form. */
    static final String FORM = "partyForm";

    private final PartyPages pages;

    ThirdPartyFormModel(PartyPages pages) {
        this.pages = pages;
    }

    /** The form's choices, and the record edited (null on the new page). */
    void fill(RelanceUser me, Model model, ThirdPartyDetails editing) {
        model.addAttribute("editing", editing);
        model.addAttribute("fields", customFields(me));
        model.addAttribute("members", pages.members(me));
        model.addAttribute("statuses", ProspectStatus.values());
        model.addAttribute("potentials", pages.potentials(me));
        pages.addressChoices(model);
    }

    List<CustomField> customFields(RelanceUser me) {
        return pages.customFields(me);
    }

    /**
     * The domain's problems beside the fields the form shows, any other above it (the version, an owner the page does
     * not offer, a custom field the form did not post).
     */
    static void reject(BindingResult result, InvalidInputException e, ThirdPartyFields form, boolean ownerShown) {
        FormProblems.reject(result, e, field -> {
            if (field.startsWith("customFields[")) {
                return form.customFields().containsKey(field.substring(13, field.length() - 1));
            }
            return !field.equals("version") && (ownerShown || !field.equals("ownerId"));
        });
    }
}
