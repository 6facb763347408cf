package io.relance.workspace;

/** A user's role, password or activity changed: his open sessions must be signed out. */
public record UserAccessChanged(WorkspaceId workspaceId, UserId userId, String email) {}
