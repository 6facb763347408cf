package io.relance.workspace;

/** A user was added to a workspace. */
public record UserCreated(WorkspaceId workspaceId, UserId userId, Role role) {}
