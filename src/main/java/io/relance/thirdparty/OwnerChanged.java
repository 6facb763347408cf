package io.relance.thirdparty;

import io.relance.workspace.UserId;
import io.relance.workspace.WorkspaceId;

/** A third party was given to another owner. */
public record OwnerChanged(WorkspaceId workspaceId, ThirdPartyId thirdPartyId, UserId from, UserId to, UserId by) {}
