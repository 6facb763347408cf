package io.relance.party;

import io.relance.party.contact.ContactForm;
import io.relance.party.contact.ContactManagement;
import io.relance.party.contact.Contacts;
import io.relance.party.core.Source;
import io.relance.party.core.ThirdPartyChanges;
import io.relance.party.core.ThirdPartyManagement;
import io.relance.shared.Phones;
import io.relance.shared.RelanceUser;
import io.relance.shared.WorkspaceId;
import io.relance.workspace.WorkspaceManagement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts found by what a person who wrote in gave (an e-mail, a phone), and the third party and contact made for a
 * person the workspace did not know (source {@code INQUIRY}): for the inquiry module.
 */
@Service
public class ContactFinder {

    /** Who wrote in, as his inquiry gave him; a name, an e-mail or a phone at least. */
    public record Inquirer(String firstName, String lastName, String email, String phone, String language) {

        /** The name a person reads: first and last name, else the e-mail, else the phone. */
        public String displayName() {
            String name = String.join(
                            " ",
                            java.util.stream.Stream.of(firstName, lastName)
                                    .filter(s -> s != null && !s.isBlank())
                                    .toList())
                    .strip();
            return !name.isEmpty() ? name : email != null ? email : phone;
        }
    }

    private final Contacts contacts;
    private final ThirdPartyManagement thirdParties;
    private final ContactManagement contactManagement;
    private final WorkspaceManagement workspaces;

    ContactFinder(
            Contacts contacts,
            ThirdPartyManagement thirdParties,
            ContactManagement contactManagement,
            WorkspaceManagement workspaces) {
        this.contacts = contacts;
        this.thirdParties = thirdParties;
        this.contactManagement = contactManagement;
        this.workspaces = workspaces;
    }

    /** The live contacts with this e-mail (any case), oldest first, at most {@code max}. */
    public List<ContactSummary> byEmail(WorkspaceId ws, String email, int max) {
        if (email == null || email.isBlank()) {
            return List.of();
        }
        return contacts.withEmail(ws, email.strip(), max).stream()
                .map(ThirdPartyLookup::summary)
                .toList();
    }

    /**
     * The live contacts with this phone or mobile (compared in E.164, the workspace's country for a national number),
     * oldest first, at most {@code max}; none for a text that is not a valid number.
     */
    public List<ContactSummary> byPhone(WorkspaceId ws, String phone, int max) {
        return Phones.e164(phone, workspaces.workspace(ws).country())
                .map(e164 -> contacts.withPhone(ws, e164, max).stream()
                        .map(ThirdPartyLookup::summary)
                        .toList())
                .orElse(List.of());
    }

    /**
     * A new individual third party (source {@code INQUIRY}, owned by {@code actor}) with the inquirer as its one
     * contact; both recorded on its timeline as any creation.
     */
    @Transactional
    public ContactSummary createFromInquiry(RelanceUser actor, Inquirer who) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", who.displayName());
        json.put("individual", true);
        json.put("email", who.email());
        json.put("phone", who.phone());
        json.put("language", who.language());
        json.put("source", Source.INQUIRY.name());
        String region = workspaces.workspace(actor.workspaceId()).country();
        ThirdPartyId id = thirdParties
                .create(actor, ThirdPartyChanges.parse(json, region), Source.INQUIRY)
                .thirdParty()
                .id();
        String lastName = who.lastName() != null ? who.lastName() : who.displayName();
        var contact = contactManagement.addContact(
                actor,
                id,
                new ContactForm(
                        who.firstName(),
                        lastName,
                        null,
                        who.email(),
                        who.phone(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        who.language(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        return ThirdPartyLookup.summary(contact);
    }
}
