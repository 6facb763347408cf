package io.relance.workspace;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The settings an admin can change. Checked beyond the annotations by {@link WorkspaceManagement}. */
public record WorkspaceSettings(
        @NotBlank @Size(max = 120) String name,

        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "{validation.currency}")
        String currency,

        @NotBlank @Pattern(regexp = "en|fr|es|de", message = "{validation.locale}")
        String defaultLocale,

        @NotBlank @Size(max = 64) String timeZone,

        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "{validation.country}")
        String country,

        Long version) {}
