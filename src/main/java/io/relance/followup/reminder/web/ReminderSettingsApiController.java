package io.relance.followup.reminder.web;

import io.relance.followup.reminder.ReminderSettings;
import io.relance.followup.reminder.ReminderSettingsStore;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/settings/reminders}: the hour the caller's workspace reminds its reps of their day. */
@RestController
@RequestMapping("/api/v1/settings/reminders")
@Tag(name = "Reminders")
record ReminderSettingsApiController(ReminderSettingsStore settings) {

    /** A change: the time ({@code HH:MM}, the workspace's time zone) and the version read. */
    record ReminderSettingsBody(String time, Long version) {}

    @GetMapping
    @Operation(
            summary = "The reminder hour (HH:MM, workspace time zone): each working day from then, every rep with"
                    + " tasks overdue or due that day gets a notification and an e-mail; 07:30 (version 0) until"
                    + " changed")
    ReminderSettings settings(@AuthenticationPrincipal RelanceUser me) {
        return settings.of(me.workspaceId());
    }

    @PutMapping
    @Operation(summary = "Change the reminder hour (admins), with the version read; a stale version is a 409")
    ReminderSettings change(@AuthenticationPrincipal RelanceUser me, @RequestBody ReminderSettingsBody body) {
        if (body == null || body.version() == null) {
            throw new InvalidInputException("version", "validation.required");
        }
        return settings.change(me, new ReminderSettings(body.time(), body.version()));
    }
}
