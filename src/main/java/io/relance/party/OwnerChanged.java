package io.relance.party;

import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;

/** A third party was given to another owner. */
public record OwnerChanged(WorkspaceId workspaceId, ThirdPartyId thirdPartyId, UserId from, UserId to, UserId by) {}
