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
import io.relance.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        ThirdPartyId tpId = id(id);
        try {
            contactManagement.addContact(me, tpId, form.toForm());
        } catch (InvalidInputException e) {
            return refused(me, tpId, ContactsPanel.NEW, form, pages.errors(e), false, request, model, redirect);
        }
        return saved(me, tpId, "thirdparty.contact.added", request, response, model, redirect);
    }

    @PostMapping("/{contactId}")
    String update(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @PathVariable String contactId,
            @ModelAttribute ContactFields form,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        ThirdPartyId tpId = id(id);
        UUID contact = Ids.parse(contactId);
        try {
            contactManagement.updateContact(me, tpId, contact, form.toForm());
        } catch (InvalidInputException e) {
            return refused(me, tpId, contact.toString(), form, pages.errors(e), false, request, model, redirect);
        } catch (StaleVersionException e) {
            Map<String, String> stale = Map.of(PartyPages.FORM, pages.text("problem.stale"));
            return refused(me, tpId, contact.toString(), form, stale, true, request, model, redirect);
        }
        return saved(me, tpId, "thirdparty.contact.saved", request, response, model, redirect);
    }

    @PostMapping("/{contactId}/delete")
    String remove(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @PathVariable String contactId,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        ThirdPartyId tpId = id(id);
        contactManagement.removeContact(me, tpId, Ids.parse(contactId));
        return saved(me, tpId, "thirdparty.contact.removed", request, response, model, redirect);
    }

    /** Done: the panel with its notice while the timeline reloads; without htmx, the page with the notice. */
    private String saved(
            RelanceUser me,
            ThirdPartyId tpId,
            String notice,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return RecordPanels.saved(request, response, redirect, model, tpId, "contactsNotice", notice, () -> {
            ContactsPanel.fill(model, tpId, contactManagement.contacts(me, tpId), pages);
            return VIEW_CONTACTS;
        });
    }

    /** Refused: the panel with the form that failed open, as typed, its errors beside its fields. */
    private String refused(
            RelanceUser me,
            ThirdPartyId tpId,
            String which,
            ContactFields form,
            Map<String, String> errors,
            boolean stale,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        Flash flash = Flash.error(String.join(" ", errors.values()));
        return Htmx.answer(request, redirect, page(tpId.value()), flash, () -> {
            ContactsPanel.fill(model, tpId, contactManagement.contacts(me, tpId), pages);
            ContactsPanel.reopen(model, which, form, errors, stale);
            return VIEW_CONTACTS;
        });
    }
}
