package io.relance.workspace;

import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;

/**
 * A user's role, password or activity changed: his open sessions must be signed out, except
 * {@code keepSessionId} (the session he changed his own password in; null for none).
 */
public record UserAccessChanged(WorkspaceId workspaceId, UserId userId, String email, String keepSessionId) {

    public UserAccessChanged(WorkspaceId workspaceId, UserId userId, String email) {
        this(workspaceId, userId, email, null);
    }
}
