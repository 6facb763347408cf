package io.relance.followup.web.contact;

import io.relance.followup.contact.ContactPolicyForm;
import io.relance.followup.contact.ContactPolicyManagement;
import io.relance.party.ContactSummary;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.party.ThirdPartySummary;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.web.Flash;
import io.relance.shared.web.PageTexts;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The overrides' forms of the contact rules (managers; a blank field keeps the level's above): a third party's, on its
 * record's panel, and one contact's, on a page of its own that shows the rules that apply to that contact (whoever may
 * see the third party reads it). Back to where the form was, with what was saved or what was wrong.
 */
@Controller
record ContactRulesController(
        ContactPolicyManagement management, ContactRulesView views, ThirdPartyLookup parties, PageTexts texts) {

    static final String VIEW_CONTACT = "followup/contact-rules";

    /** What the contact's page shows. */
    record ContactPage(
            ThirdPartySummary thirdParty, ContactSummary contact, ContactRulesView.Rules rules, boolean canEdit) {}

    @PostMapping("/thirdparties/{id}/contact-rules")
    String save(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            ContactPolicyForm form,
            RedirectAttributes redirect) {
        ThirdPartyId party = ContactPolicyApiController.thirdPartyId(id);
        save(redirect, "followup.contact.panel.saved", () -> management.changeThirdParty(me, party, form));
        return "redirect:/thirdparties/" + party.value();
    }

    @GetMapping("/thirdparties/{id}/contacts/{contactId}/contact-rules")
    String contact(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @PathVariable String contactId,
            Model model) {
        ThirdPartySummary party =
                parties.find(me, ContactPolicyApiController.thirdPartyId(id)).orElseThrow(NotFoundException::new);
        UUID contact = Ids.parse(contactId);
        ContactSummary found =
                parties.contact(me.workspaceId(), party.id(), contact).orElseThrow(NotFoundException::new);
        var rules = views.of(management.contact(me, party.id(), contact), LocaleContextHolder.getLocale());
        model.addAttribute("page", new ContactPage(party, found, rules, me.seesAll()));
        return VIEW_CONTACT;
    }

    @PostMapping("/thirdparties/{id}/contacts/{contactId}/contact-rules")
    String saveContact(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @PathVariable String contactId,
            ContactPolicyForm form,
            RedirectAttributes redirect) {
        ThirdPartyId party = ContactPolicyApiController.thirdPartyId(id);
        UUID contact = Ids.parse(contactId);
        save(redirect, "followup.contact.contact.saved", () -> management.changeContact(me, party, contact, form));
        return "redirect:/thirdparties/" + party.value() + "/contacts/" + contact + "/contact-rules";
    }

    /** Saves; says so, or says what was wrong (a 404 or a 403 stays one). */
    private void save(RedirectAttributes redirect, String saved, Runnable change) {
        try {
            change.run();
            Flash.success(saved).addTo(redirect);
        } catch (InvalidInputException e) {
            Flash.error(String.join(" ", texts.errors(e).values())).addTo(redirect);
        } catch (StaleVersionException e) {
            Flash.error(texts.text("problem.stale")).addTo(redirect);
        }
    }
}
