package io.relance.followup;

import io.relance.party.ThirdPartyId;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Instant;

/**
 * A third party was classified ("promising"): {@code previous} is the classification it had (null for its first),
 * {@code task} the follow-up task planned (null when the classification plans none, "not interested").
 */
public record ThirdPartyClassified(
        WorkspaceId workspace,
        ThirdPartyId thirdParty,
        String classification,
        String previous,
        TaskId task,
        UserId by,
        Instant at) {}
