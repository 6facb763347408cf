package io.relance.pipeline;

import io.relance.party.ThirdPartyId;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;

/** An action was logged on a deal (its timeline entry {@code entryId}), whether it moved it or not. */
public record DealActionLogged(
        WorkspaceId workspaceId,
        DealId dealId,
        DealActionType type,
        ThirdPartyId thirdPartyId,
        UUID objectId,
        UUID entryId,
        UserId by,
        Instant occurredAt) {}
