package io.relance.followup.reminder;

import io.relance.shared.RelanceUser;
import io.relance.shared.WorkspaceHours;
import io.relance.shared.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminder hour of each workspace ({@code followup_reminder_settings}): 07:30 until an admin saves another, read
 * and changed as {@link WorkspaceHours} keeps such an hour (admins only, the version read, {@code HH:MM}).
 */
@Service
public class ReminderSettingsStore {

    private final WorkspaceHours hours;

    ReminderSettingsStore(JdbcClient jdbc) {
        this.hours = new WorkspaceHours(
                jdbc,
                "followup_reminder_settings",
                "reminder_time",
                ReminderSettings.DEFAULTS.time(),
                "followup.reminder.settings.timeInvalid");
    }

    @Transactional(readOnly = true)
    public ReminderSettings of(WorkspaceId ws) {
        WorkspaceHours.Hour hour = hours.of(ws);
        return new ReminderSettings(hour.time(), hour.version());
    }

    @Transactional
    public ReminderSettings change(RelanceUser me, ReminderSettings s) {
        WorkspaceHours.Hour hour = hours.change(me, s.time(), s.version());
        return new ReminderSettings(hour.time(), hour.version());
    }
}
