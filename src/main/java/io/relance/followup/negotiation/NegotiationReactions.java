package io.relance.followup.negotiation;

import io.relance.followup.TaskCompleted;
import io.relance.followup.contact.OutboundContact;
import io.relance.history.ActivityLogged;
import io.relance.party.BecameCustomer;
import io.relance.party.ProspectStatus;
import io.relance.party.ProspectStatusChanged;
import io.relance.party.SaleWon;
import io.relance.party.ThirdPartyCreated;
import io.relance.party.ThirdPartyLookup;
import io.relance.quote.QuoteAccepted;
import io.relance.quote.QuoteSent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What starts and ends negotiations, as the other modules announce it: an outbound contact logged or a contact task
 * done with a prospect, a status that became {@code IN_PROGRESS}, a quote sent start one; a quote accepted, a sale
 * won, a customer made end it as an agreement. Each runs after the announcing transaction commits (again after a
 * crash) and is idempotent.
 */
@Component
class NegotiationReactions {

    private final NegotiationManagement management;
    private final ThirdPartyLookup thirdParties;

    NegotiationReactions(NegotiationManagement management, ThirdPartyLookup thirdParties) {
        this.management = management;
        this.thirdParties = thirdParties;
    }

    @ApplicationModuleListener
    void on(ActivityLogged logged) {
        OutboundContact.of(logged).ifPresent(this::start);
    }

    @ApplicationModuleListener
    void on(TaskCompleted done) {
        OutboundContact.of(done).ifPresent(this::start);
    }

    private void start(OutboundContact contact) {
        management.start(contact.workspace(), contact.thirdParty(), NegotiationTrigger.CONTACT, null);
    }

    /**
     * Only a change to {@code IN_PROGRESS} concerns negotiations: the condition keeps the others (the daily run's
     * time-outs make thousands of third parties {@code CONTACTED} at once) out of the event publication registry.
     */
    @ApplicationModuleListener(condition = "#p0.to() == T(io.relance.party.ProspectStatus).IN_PROGRESS")
    void on(ProspectStatusChanged changed) {
        if (changed.to() == ProspectStatus.IN_PROGRESS) {
            management.start(changed.workspaceId(), changed.thirdPartyId(), NegotiationTrigger.STATUS, null);
        }
    }

    @ApplicationModuleListener
    void on(ThirdPartyCreated created) {
        thirdParties
                .find(created.workspaceId(), created.thirdPartyId())
                .filter(tp -> tp.status() == ProspectStatus.IN_PROGRESS)
                .ifPresent(tp -> management.start(
                        created.workspaceId(), created.thirdPartyId(), NegotiationTrigger.STATUS, null));
    }

    @ApplicationModuleListener
    void on(QuoteSent sent) {
        management.start(
                sent.workspaceId(),
                sent.thirdPartyId(),
                NegotiationTrigger.QUOTE,
                sent.quoteId().value());
    }

    @ApplicationModuleListener
    void on(QuoteAccepted accepted) {
        management.agree(accepted.workspaceId(), accepted.thirdPartyId(), null);
    }

    @ApplicationModuleListener
    void on(SaleWon won) {
        management.agree(won.workspaceId(), won.thirdPartyId(), null);
    }

    @ApplicationModuleListener
    void on(BecameCustomer became) {
        management.agree(became.workspaceId(), became.thirdPartyId(), null);
    }
}
