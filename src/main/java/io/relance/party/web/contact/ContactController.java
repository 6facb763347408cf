package io.relance.party.web.contact;

import static io.relance.party.web.PartyPages.id;
import static io.relance.party.web.PartyPages.page;

import io.relance.party.ThirdPartyId;
import io.relance.party.contact.ContactManagement;
import io.relance.party.web.PartyPages;
import io.relance.party.web.RecordPanels;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.web.Flash;
import io.relance.shared.web.HtmxAnswer;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The contacts panel of a record page. One form ({@code party/contact :: contactForm}) adds a contact and changes one, with
 * every field of a contact, so a change from the page never erases what the form would not show.
 */
@Controller
@RequestMapping("/thirdparties/{id}/contacts")
class ContactController {

    static final String VIEW_CONTACTS = "party/contact :: contacts";

    private final ContactManagement contactManagement;
    private final PartyPages pages;

    ContactController(PartyPages pages, ContactManagement contactManagement) {
        this.contactManagement = contactManagement;
        this.pages = pages;
    }

    @PostMapping
    String add(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @ModelAttribute ContactFields form,
            HtmxAnswer answer) {
        ThirdPartyId tpId = id(id);
        try {
            contactManagement.addContact(me, tpId, form.toForm());
        } catch (InvalidInputException e) {
            return refused(me, tpId, ContactsPanel.NEW, form, pages.errors(e), false, answer);
        }
        return saved(me, tpId, "thirdparty.contact.added", answer);
    }

    @PostMapping("/{contactId}")
    String update(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @PathVariable String contactId,
            @ModelAttribute ContactFields form,
            HtmxAnswer answer) {
        ThirdPartyId tpId = id(id);
        UUID contact = Ids.parse(contactId);
        try {
            contactManagement.updateContact(me, tpId, contact, form.toForm());
        } catch (InvalidInputException e) {
            return refused(me, tpId, contact.toString(), form, pages.errors(e), false, answer);
        } catch (StaleVersionException e) {
            Map<String, String> stale = Map.of(PartyPages.FORM, pages.text("problem.stale"));
            return refused(me, tpId, contact.toString(), form, stale, true, answer);
        }
        return saved(me, tpId, "thirdparty.contact.saved", answer);
    }

    @PostMapping("/{contactId}/delete")
    String remove(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @PathVariable String contactId,
            HtmxAnswer answer) {
        ThirdPartyId tpId = id(id);
        contactManagement.removeContact(me, tpId, Ids.parse(contactId));
        return saved(me, tpId, "thirdparty.contact.removed", answer);
    }

    /** Done: the panel with its notice while the timeline reloads; without htmx, the page with the notice. */
    private String saved(RelanceUser me, ThirdPartyId tpId, String notice, HtmxAnswer answer) {
        return RecordPanels.saved(answer, tpId, "contactsNotice", notice, () -> panel(me, tpId, answer.model()));
    }

    /** Refused: the panel with the form that failed open, as typed, its errors beside its fields. */
    private String refused(
            RelanceUser me,
            ThirdPartyId tpId,
            String which,
            ContactFields form,
            Map<String, String> errors,
            boolean stale,
            HtmxAnswer answer) {
        Flash flash = Flash.error(String.join(" ", errors.values()));
        return answer.answer(page(tpId.value()), flash, () -> {
            String view = panel(me, tpId, answer.model());
            ContactsPanel.reopen(answer.model(), which, form, errors, stale);
            return view;
        });
    }

    private String panel(RelanceUser me, ThirdPartyId tpId, Model model) {
        ContactsPanel.fill(model, tpId, contactManagement.contacts(me, tpId), pages);
        return VIEW_CONTACTS;
    }
}
