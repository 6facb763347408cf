package io.relance.followup.contact;

import io.relance.party.ThirdPartiesMerged;
import io.relance.party.ThirdPartyPurged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A merge keeps the survivor's contact rules (the duplicate's when the survivor had none) and its contacts'
 * overrides follow them, in the merge's transaction; a purge erases the third party's and its contacts'.
 */
@Component
class ContactPoliciesOfThirdParties {

    private final ContactPolicies policies;

    ContactPoliciesOfThirdParties(ContactPolicies policies) {
        this.policies = policies;
    }

    @EventListener
    void on(ThirdPartiesMerged merged) {
        policies.merge(
                merged.workspaceId(),
                merged.survivor().value(),
                merged.duplicate().value());
    }

    @EventListener
    void on(ThirdPartyPurged purged) {
        policies.deleteOf(purged.workspaceId(), purged.id().value());
    }
}
