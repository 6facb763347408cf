package io.relance.followup.reminder;

import io.relance.followup.DueTasks;
import io.relance.messaging.MailId;
import io.relance.shared.Db;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who was reminded of his day ({@code followup_reminders}): the row is the claim, written in the transaction that
 * posts his notification and queues his e-mail, so each rep gets one of each per day whatever the threads, nodes or
 * reruns (on PostgreSQL a second claim of the same rep waits for the first transaction, then finds the row; a
 * transaction rolled back leaves no row, and the rep is reminded by the next try).
 */
@Repository
class Reminders {

    private final JdbcClient jdbc;

    Reminders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the rep's reminder of the day; false when he had it already. */
    boolean claim(WorkspaceId ws, LocalDate day, DueTasks due, Instant now) {
        return jdbc.sql("""
                        INSERT INTO followup_reminders (workspace_id, reminder_date, user_id, overdue, due_today,
                            created_at)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                        .params(
                                ws.value(),
                                Date.valueOf(day),
                                due.assignee().value(),
                                due.overdue(),
                                due.dueToday(),
                                Db.ts(now))
                        .update()
                == 1;
    }

    /** The e-mail digest queued for him with the reminder. */
    void mailed(WorkspaceId ws, LocalDate day, UserId user, MailId mail) {
        jdbc.sql("""
                        UPDATE followup_reminders SET mail_id = ?
                        WHERE workspace_id = ? AND reminder_date = ? AND user_id = ?""")
                .params(mail.value(), ws.value(), Date.valueOf(day), user.value())
                .update();
    }
}
