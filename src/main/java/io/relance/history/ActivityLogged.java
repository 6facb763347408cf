package io.relance.history;

import java.time.Instant;
import java.util.UUID;

/**
 * A person logged a call, meeting, visit, e-mail, SMS or note by hand on a record's timeline (announced after the
 * entry is stored): the follow-up module counts the outbound contacts among them.
 *
 * @param workspaceId the workspace
 * @param target the record it was logged on (a third party's, {@link Target#THIRD_PARTY})
 * @param type what was logged
 * @param direction who reached whom (a call, an e-mail, an SMS), else null
 * @param occurredAt when it happened, as logged
 * @param actorId who logged it
 * @param entryId the timeline entry
 */
public record ActivityLogged(
        UUID workspaceId,
        Target target,
        HandLoggedType type,
        Direction direction,
        Instant occurredAt,
        UUID actorId,
        UUID entryId) {

    /**
     * Whether it is an outbound contact with the client: a call, e-mail or SMS not received from him (no direction
     * counts as ours), a meeting or a visit. A note is not a contact.
     */
    public boolean outboundContact() {
        return switch (type) {
            case NOTE -> false;
            case MEETING, VISIT -> true;
            case CALL, EMAIL, SMS -> direction != Direction.INBOUND;
        };
    }
}
