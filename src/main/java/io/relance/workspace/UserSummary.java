package io.relance.workspace;

import io.relance.shared.Role;
import io.relance.shared.UserId;

/** A user as other modules see him: to show an owner, to pick one. */
public record UserSummary(UserId id, String displayName, String email, Role role, boolean active) {

    static UserSummary of(User u) {
        return new UserSummary(u.id(), u.displayName(), u.email(), u.role(), u.active());
    }
}
