package io.relance.followup;

import io.relance.party.ThirdPartyId;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Instant;

/**
 * A third party was lost: its negotiation closed as lost by someone, timed out ({@code TIMED_OUT}, {@code by} null),
 * or a customer left. {@code reason} is a key of the workspace's lost reasons; {@code competitor} the name given for
 * {@code COMPETITOR}; {@code negotiationId} null when none was open.
 */
public record LossRecorded(
        WorkspaceId workspaceId,
        ThirdPartyId thirdPartyId,
        NegotiationId negotiationId,
        String reason,
        String competitor,
        UserId by,
        Instant at) {}
