package io.relance.thirdparty;

import io.relance.workspace.UserId;
import io.relance.workspace.WorkspaceId;

/** A third party was created. */
public record ThirdPartyCreated(WorkspaceId workspaceId, ThirdPartyId thirdPartyId, UserId ownerId) {}
