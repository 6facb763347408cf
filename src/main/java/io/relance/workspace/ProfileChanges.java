package io.relance.workspace;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a user changes about himself on his profile. {@code emailSignature} goes under the e-mails he sends (null
 * leaves it as it is, empty removes it); {@code emailOnFirstOpen}: an e-mail when one of his quotes is opened for the
 * first time; {@code emailDailyTasks}: the daily e-mail of his due tasks (null leaves either as it is).
 */
public record ProfileChanges(
        @NotNull Long version,
        @NotBlank @Size(max = 120) String displayName,

        @NotBlank @Pattern(regexp = "en|fr|es|de", message = "{validation.locale}")
        String locale,

        @Size(max = 2000) String emailSignature,
        Boolean emailOnFirstOpen,
        Boolean emailDailyTasks) {

    /** The changes that leave the daily e-mail of his tasks as it is. */
    public ProfileChanges(
            Long version, String displayName, String locale, String emailSignature, Boolean emailOnFirstOpen) {
        this(version, displayName, locale, emailSignature, emailOnFirstOpen, null);
    }
}
