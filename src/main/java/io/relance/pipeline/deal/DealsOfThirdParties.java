package io.relance.pipeline.deal;

import io.relance.history.HistoryManagement;
import io.relance.party.ThirdPartiesMerged;
import io.relance.party.ThirdPartyPurged;
import io.relance.pipeline.DealId;
import io.relance.pipeline.PipelineEntryTypes;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What happens to deals when their third party changes for good, inside the party module's transaction (as its
 * events ask): a merge moves the duplicate's deals to the survivor; a purge erases its deals and their timelines.
 */
@Component
class DealsOfThirdParties {

    private final StoredDeals deals;
    private final HistoryManagement history;

    DealsOfThirdParties(StoredDeals deals, HistoryManagement history) {
        this.deals = deals;
        this.history = history;
    }

    @EventListener
    void on(ThirdPartiesMerged merged) {
        deals.moveThirdParty(merged.workspaceId(), merged.duplicate(), merged.survivor());
    }

    @EventListener
    void on(ThirdPartyPurged purged) {
        for (DealId id : deals.idsOf(purged.workspaceId(), purged.id())) {
            history.forget(purged.workspaceId().value(), PipelineEntryTypes.target(id));
            deals.erase(purged.workspaceId(), id);
        }
    }
}
