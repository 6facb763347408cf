package io.relance.followup.checkin;

import io.relance.followup.TaskCompleted;
import io.relance.followup.contact.OutboundContact;
import io.relance.history.ActivityLogged;
import io.relance.party.ThirdPartiesMerged;
import io.relance.party.ThirdPartyPurged;
import io.relance.quote.QuoteSent;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Notes each outbound contact with a third party (a contact logged, a contact task done, a quote sent) for the
 * check-ins; a contact logged as in the future counts as now. A merge keeps the later contact on the survivor (in the
 * merge's transaction), a purge erases the row (in the purge's).
 */
@Component
class ContactReactions {

    private final LastContacts contacts;
    private final Clock clock;

    ContactReactions(LastContacts contacts, Clock clock) {
        this.contacts = contacts;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ActivityLogged logged) {
        OutboundContact.of(logged).ifPresent(this::contacted);
    }

    @ApplicationModuleListener
    void on(TaskCompleted done) {
        OutboundContact.of(done).ifPresent(this::contacted);
    }

    @ApplicationModuleListener
    void on(QuoteSent sent) {
        contacts.contacted(sent.workspaceId(), sent.thirdPartyId(), notAfterNow(sent.at()));
    }

    @EventListener
    void on(ThirdPartiesMerged merged) {
        contacts.merge(merged.workspaceId(), merged.survivor(), merged.duplicate());
    }

    @EventListener
    void on(ThirdPartyPurged purged) {
        contacts.deleteOf(purged.workspaceId(), purged.id());
    }

    private void contacted(OutboundContact contact) {
        contacts.contacted(contact.workspace(), contact.thirdParty(), notAfterNow(contact.at()));
    }

    private Instant notAfterNow(Instant at) {
        Instant now = clock.instant();
        return at == null || at.isAfter(now) ? now : at;
    }
}
