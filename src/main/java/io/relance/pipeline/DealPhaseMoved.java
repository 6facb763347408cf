package io.relance.pipeline;

import io.relance.party.ThirdPartyId;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;

/**
 * A deal moved from one phase to another: by hand ({@code action} null) or from an action logged on it.
 *
 * @param toKind the kind of the phase it is in now (WON, LOST: the deal ended)
 * @param reason why, in the user's words: the note of a move by hand, the summary of the action (may be null)
 */
public record DealPhaseMoved(
        WorkspaceId workspaceId,
        DealId dealId,
        String pipeline,
        String from,
        String to,
        PhaseKind toKind,
        ThirdPartyId thirdPartyId,
        UUID objectId,
        DealActionType action,
        String reason,
        UserId by,
        Instant at) {}
