package io.relance.party;

import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;

/** A third party was created. */
public record ThirdPartyCreated(WorkspaceId workspaceId, ThirdPartyId thirdPartyId, UserId ownerId) {}
