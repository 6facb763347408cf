package io.relance.party.core;

import io.relance.history.HistoryEvent;
import io.relance.history.HistoryManagement;
import io.relance.history.Target;
import io.relance.party.BecameCustomer;
import io.relance.party.PartyEntryTypes;
import io.relance.party.SaleWon;
import io.relance.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A won sale makes the third party a customer (no longer a prospect), recorded on its timeline with the record
 * that won it as a link. Runs after the winning transaction commits, and again after a crash (the event
 * publication registry).
 */
@Component
class SaleReaction {

    private final ThirdParties thirdParties;
    private final WorkspaceManagement workspaces;
    private final HistoryManagement history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SaleReaction(
            ThirdParties thirdParties,
            WorkspaceManagement workspaces,
            HistoryManagement history,
            ApplicationEventPublisher events,
            Clock clock) {
        this.thirdParties = thirdParties;
        this.workspaces = workspaces;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SaleWon won) {
        thirdParties.find(won.workspaceId(), won.thirdPartyId().value()).ifPresent(tp -> {
            Instant now = clock.instant();
            var changes = tp.becomeCustomer(now);
            if (changes.isEmpty()) {
                return;
            }
            String country = workspaces.workspace(won.workspaceId()).country();
            thirdParties.update(won.workspaceId(), tp, tp.searchText(country), tp.version());
            history.record(
                    won.workspaceId().value(),
                    HistoryEvent.of(
                                    Target.thirdParty(tp.id().value()),
                                    PartyEntryTypes.BECAME_CUSTOMER,
                                    tp.name(),
                                    null,
                                    now)
                            .withChanges(changes)
                            .alsoOn(new Target(won.sourceType(), won.sourceId())));
            if (changes.stream().anyMatch(c -> c.field().equals("customer"))) {
                events.publishEvent(new BecameCustomer(won.workspaceId(), won.thirdPartyId()));
            }
        });
    }
}
