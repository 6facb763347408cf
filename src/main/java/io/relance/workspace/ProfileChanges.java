package io.relance.workspace;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a user changes about himself on his profile. */
public record ProfileChanges(
        @NotNull Long version,
        @NotBlank @Size(max = 120) String displayName,

        @NotBlank @Pattern(regexp = "en|fr|es|de", message = "{validation.locale}")
        String locale) {}
