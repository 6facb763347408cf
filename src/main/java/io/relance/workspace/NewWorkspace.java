package io.relance.workspace;

import io.relance.shared.SupportedLocales;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the setup page (and self-service sign-up) asks for: a workspace and its first admin. */
public record NewWorkspace(
        @NotBlank @Size(max = 120) String workspaceName,

        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "{validation.currency}")
        String currency,

        @NotBlank @Pattern(regexp = "en|fr|es|de", message = "{validation.locale}")
        String language,

        @NotBlank @Size(max = 64) String timeZone,

        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "{validation.country}")
        String country,

        @NotBlank @Size(max = 120) String adminName,

        @NotBlank @Email(message = "{validation.email}") @Size(max = 254)
        String adminEmail,

        @NotBlank String adminPassword) {

    /** An empty form, in the language the visitor reads the page in. */
    public static NewWorkspace blank(String language) {
        return new NewWorkspace(
                "", "EUR", SupportedLocales.isSupported(language) ? language : "en", "Europe/Paris", "FR", "", "", "");
    }
}
