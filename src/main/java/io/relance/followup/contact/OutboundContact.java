package io.relance.followup.contact;

import io.relance.followup.TaskCompleted;
import io.relance.history.ActivityLogged;
import io.relance.history.Target;
import io.relance.party.ThirdPartyId;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.Optional;

/**
 * An outbound contact with a third party, as the other modules announce it: a contact logged on its timeline (a call,
 * a visit, an e-mail out) or a contact task done; {@code at} as announced. What check-ins and negotiations react to.
 */
public record OutboundContact(WorkspaceId workspace, ThirdPartyId thirdParty, Instant at) {

    /** The activity logged, when it is an outbound contact with a third party. */
    public static Optional<OutboundContact> of(ActivityLogged logged) {
        if (!logged.outboundContact()
                || !Target.THIRD_PARTY.equals(logged.target().type())) {
            return Optional.empty();
        }
        return Optional.of(new OutboundContact(
                new WorkspaceId(logged.workspaceId()),
                new ThirdPartyId(logged.target().id()),
                logged.occurredAt()));
    }

    /** The task done, when it was a contact. */
    public static Optional<OutboundContact> of(TaskCompleted done) {
        return done.type().contact()
                ? Optional.of(
                        new OutboundContact(done.workspace(), done.target().thirdParty(), done.at()))
                : Optional.empty();
    }
}
