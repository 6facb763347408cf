package io.relance.workspace;

import io.relance.shared.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An admin creates a user; without a password, a temporary one is generated and shown once. */
public record NewUser(
        @NotBlank @Email(message = "{validation.email}") @Size(max = 254)
        String email,

        @NotBlank @Size(max = 120) String displayName,
        @NotNull Role role,

        @Pattern(regexp = "en|fr|es|de", message = "{validation.locale}")
        String locale,

        String password) {}
