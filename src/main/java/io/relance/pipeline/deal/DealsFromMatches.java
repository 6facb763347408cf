package io.relance.pipeline.deal;

import io.relance.object.MatchesWritten;
import io.relance.pipeline.DealActionType;
import io.relance.shared.NotFoundException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * "Write to matches" (the objects module) opens a deal in the sale pipeline at "Contacted via matching" for each buyer
 * written to, or moves his open one on the object there (forward only): after the objects module's transaction, in
 * one of its own, kept by the event publication registry until it is done. A buyer erased meanwhile is skipped.
 */
@Component
class DealsFromMatches {

    static final String PIPELINE = "sale";

    private final DealManagement deals;

    DealsFromMatches(DealManagement deals) {
        this.deals = deals;
    }

    @ApplicationModuleListener
    void on(MatchesWritten written) {
        for (MatchesWritten.Recipient r : written.recipients()) {
            try {
                deals.openOrAdvance(
                        written.workspaceId(),
                        PIPELINE,
                        r.thirdPartyId(),
                        r.contactId(),
                        written.objectId().value(),
                        DealActionType.MATCHING_EMAIL,
                        written.at(),
                        null,
                        written.by());
            } catch (NotFoundException e) {
                // the buyer was erased since: nothing to open
            }
        }
    }
}
