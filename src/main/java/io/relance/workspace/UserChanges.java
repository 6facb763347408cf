package io.relance.workspace;

import io.relance.shared.Role;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A partial change of a user by an admin; absent fields stay as they are. {@code version} is required. */
public record UserChanges(
        @NotNull Long version,
        @Size(min = 1, max = 120) String displayName,
        Role role,

        @Pattern(regexp = "en|fr|es|de", message = "{validation.locale}")
        String locale,

        Boolean active,
        String password) {}
