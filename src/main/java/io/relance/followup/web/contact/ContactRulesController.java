package io.relance.followup.web.contact;

import io.relance.followup.contact.ContactPolicyForm;
import io.relance.followup.contact.ContactPolicyManagement;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.web.Flash;
import io.relance.shared.web.PageTexts;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The contact rules panel's form (managers): a third party's overrides, a blank field keeping the workspace's. Back
 * to the record with what was saved, or with what was wrong.
 */
@Controller
@RequestMapping("/thirdparties/{id}/contact-rules")
class ContactRulesController {

    /** The panel's form as a browser posts it. */
    record OverridesForm(
            Integer minDaysBetween,
            Integer maxPer30Days,
            String hoursFrom,
            String hoursTo,
            List<String> quietDays,
            String timeZone,
            String preferredChannel,
            List<String> preferredDays,
            List<String> preferredParts,
            Long version) {

        ContactPolicyForm policy() {
            return new ContactPolicyForm(
                    minDaysBetween,
                    maxPer30Days,
                    hoursFrom,
                    hoursTo,
                    quietDays,
                    timeZone,
                    preferredChannel,
                    preferredDays,
                    preferredParts,
                    version);
        }
    }

    private final ContactPolicyManagement management;
    private final PageTexts texts;

    ContactRulesController(ContactPolicyManagement management, PageTexts texts) {
        this.management = management;
        this.texts = texts;
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            OverridesForm form,
            RedirectAttributes redirect) {
        try {
            management.changeThirdParty(me, ContactPolicyApiController.thirdPartyId(id), form.policy());
            Flash.success("followup.contact.panel.saved").addTo(redirect);
        } catch (InvalidInputException e) {
            Flash.error(String.join(" ", texts.errors(e).values())).addTo(redirect);
        } catch (StaleVersionException e) {
            Flash.error(texts.text("problem.stale")).addTo(redirect);
        }
        return "redirect:/thirdparties/" + id;
    }
}
