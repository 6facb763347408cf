package io.relance.inquiry.core;

import io.relance.party.ContactFinder;
import io.relance.party.ContactSummary;
import io.relance.shared.WorkspaceId;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who wrote in, among the workspace's contacts: the one contact with his e-mail; else (no contact has it) the one
 * with his phone; several with the one looked up → ambiguous (a person picks); none → a contact is to be made.
 */
@Component
class ContactMatching {

    /** Candidates shown to a person when the match is ambiguous. */
    static final int MAX_CANDIDATES = 10;

    /** What the sender's e-mail and phone found: one contact, several, or nobody. */
    record Match(List<ContactSummary> candidates) {

        boolean found() {
            return candidates.size() == 1;
        }

        boolean ambiguous() {
            return candidates.size() > 1;
        }

        ContactSummary contact() {
            return candidates.get(0);
        }
    }

    private final ContactFinder contacts;

    ContactMatching(ContactFinder contacts) {
        this.contacts = contacts;
    }

    Match match(WorkspaceId ws, InquiryForm form) {
        List<ContactSummary> byEmail = contacts.byEmail(ws, form.email(), MAX_CANDIDATES);
        if (!byEmail.isEmpty()) {
            return new Match(byEmail);
        }
        return new Match(form.phone() == null ? List.of() : contacts.byPhone(ws, form.phone(), MAX_CANDIDATES));
    }
}
