package io.relance.followup.lost;

import io.relance.party.ThirdPartiesMerged;
import io.relance.party.ThirdPartyPurged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A merge moves the duplicate's losses onto the survivor (in the merge's transaction); a purge erases them. */
@Component
class LossesOfThirdParties {

    private final Losses losses;

    LossesOfThirdParties(Losses losses) {
        this.losses = losses;
    }

    @EventListener
    void on(ThirdPartiesMerged merged) {
        losses.moveThirdParty(merged.workspaceId(), merged.duplicate(), merged.survivor());
    }

    @EventListener
    void on(ThirdPartyPurged purged) {
        losses.deleteOf(purged.workspaceId(), purged.id());
    }
}
