package io.relance.followup.reminder;

import io.relance.shared.ForbiddenException;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.WorkspaceId;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminder hour of each workspace ({@code followup_reminder_settings}): 07:30 until an admin saves another. Every
 * member reads it; an admin changes it with the version read (a stale one is a 409); a time that is not {@code HH:MM}
 * between 00:00 and 23:59 is a field error on {@code time}.
 */
@Service
public class ReminderSettingsStore {

    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    private final JdbcClient jdbc;

    ReminderSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ReminderSettings of(WorkspaceId ws) {
        return jdbc.sql("SELECT reminder_time, version FROM followup_reminder_settings WHERE workspace_id = ?")
                .param(ws.value())
                .query((rs, n) -> new ReminderSettings(rs.getString("reminder_time"), rs.getLong("version")))
                .optional()
                .orElse(ReminderSettings.DEFAULTS);
    }

    @Transactional
    public ReminderSettings change(RelanceUser me, ReminderSettings s) {
        if (!me.isAdmin()) {
            throw new ForbiddenException();
        }
        String time = s.time() == null ? "" : s.time().strip();
        if (time.isEmpty()) {
            throw new InvalidInputException("time", "validation.required");
        }
        if (!TIME.matcher(time).matches()) {
            throw new InvalidInputException("time", "followup.reminder.settings.timeInvalid");
        }
        WorkspaceId ws = me.workspaceId();
        int updated = jdbc.sql("""
                        UPDATE followup_reminder_settings SET reminder_time = ?, version = version + 1
                        WHERE workspace_id = ? AND version = ?""").params(time, ws.value(), s.version()).update();
        if (updated == 0) {
            boolean inserted =
                    s.version() == 0 && jdbc.sql("""
                                    INSERT INTO followup_reminder_settings (workspace_id, reminder_time, version)
                                    VALUES (?, ?, 1) ON CONFLICT DO NOTHING""").params(ws.value(), time).update() == 1;
            if (!inserted) {
                throw new StaleVersionException();
            }
        }
        return of(ws);
    }
}
