package io.relance.followup.classification;

import io.relance.party.ThirdPartiesMerged;
import io.relance.party.ThirdPartyPurged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A merge gives the survivor the duplicate's classification when it had none (in the merge's transaction; the tags
 * were merged by the party module); a purge erases the third party's.
 */
@Component
class ClassificationsOfThirdParties {

    private final ThirdPartyClassifications classified;

    ClassificationsOfThirdParties(ThirdPartyClassifications classified) {
        this.classified = classified;
    }

    @EventListener
    void on(ThirdPartiesMerged merged) {
        classified.merge(
                merged.workspaceId(),
                merged.duplicate().value(),
                merged.survivor().value());
    }

    @EventListener
    void on(ThirdPartyPurged purged) {
        classified.delete(purged.workspaceId(), purged.id().value());
    }
}
