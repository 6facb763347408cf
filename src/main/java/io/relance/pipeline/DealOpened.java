package io.relance.pipeline;

import io.relance.party.ThirdPartyId;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;

/** A deal was opened in a pipeline's phase, for a third party (and maybe a contact) on an object or none. */
public record DealOpened(
        WorkspaceId workspaceId,
        DealId dealId,
        String pipeline,
        String phase,
        ThirdPartyId thirdPartyId,
        UUID contactId,
        UUID objectId,
        UserId by,
        Instant at) {}
