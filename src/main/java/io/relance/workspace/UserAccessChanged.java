package io.relance.workspace;

import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;

/** A user's role, password or activity changed: his open sessions must be signed out. */
public record UserAccessChanged(WorkspaceId workspaceId, UserId userId, String email) {}
