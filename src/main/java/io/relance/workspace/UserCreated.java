package io.relance.workspace;

import io.relance.shared.Role;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;

/** A user was added to a workspace. */
public record UserCreated(WorkspaceId workspaceId, UserId userId, Role role) {}
