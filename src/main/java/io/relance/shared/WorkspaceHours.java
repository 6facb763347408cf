package io.relance.shared;

import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An hour of the day per workspace, kept in a table of its own ({@code workspace_id}, the hour's column,
 * {@code version}): the daily digest's, the reminders'. Until an admin saves another, the default with version 0.
 * Every member reads it; only an admin changes it, with the version read (a stale one is a 409); a time that is not
 * {@code HH:MM} between 00:00 and 23:59 is a field error on {@code time}. The table and column are the caller's
 * constants, never input.
 */
public final class WorkspaceHours {

    /** The hour as {@code HH:MM} (24 hours, the workspace's time zone) and the version it was read at. */
    public record Hour(String time, long version) {}

    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    private final JdbcClient jdbc;
    private final String table;
    private final String column;
    private final Hour fallback;
    private final String invalid;

    /**
     * @param fallback the hour until an admin saves one ({@code HH:MM})
     * @param invalid the message key of a time that is not {@code HH:MM}
     */
    public WorkspaceHours(JdbcClient jdbc, String table, String column, String fallback, String invalid) {
        this.jdbc = jdbc;
        this.table = table;
        this.column = column;
        this.fallback = new Hour(fallback, 0);
        this.invalid = invalid;
    }

    /** The workspace's hour (the caller holds the transaction). */
    public Hour of(WorkspaceId ws) {
        return jdbc.sql("SELECT " + column + ", version FROM " + table + " WHERE workspace_id = ?")
                .param(ws.value())
                .query((rs, n) -> new Hour(rs.getString(1), rs.getLong(2)))
                .optional()
                .orElse(fallback);
    }

    /** An admin's change at the version read; the hour as saved (the caller holds the transaction). */
    public Hour change(RelanceUser me, String time, long version) {
        if (!me.isAdmin()) {
            throw new ForbiddenException();
        }
        String hour = time == null ? "" : time.strip();
        if (hour.isEmpty()) {
            throw new InvalidInputException("time", "validation.required");
        }
        if (!TIME.matcher(hour).matches()) {
            throw new InvalidInputException("time", invalid);
        }
        WorkspaceId ws = me.workspaceId();
        int updated = jdbc.sql("UPDATE " + table + " SET " + column
                        + " = ?, version = version + 1 WHERE workspace_id = ? AND version = ?")
                .params(hour, ws.value(), version)
                .update();
        if (updated == 0) {
            boolean inserted = version == 0
                    && jdbc.sql("INSERT INTO " + table + " (workspace_id, " + column
                                            + ", version) VALUES (?, ?, 1) ON CONFLICT DO NOTHING")
                                    .params(ws.value(), hour)
                                    .update()
                            == 1;
            if (!inserted) {
                throw new StaleVersionException();
            }
        }
        return of(ws);
    }
}
