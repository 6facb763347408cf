package io.relance.messaging.activity;

import io.relance.messaging.MailId;
import io.relance.shared.Db;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The digest runs, one per workspace and day ({@code mail_digest_runs}), and who got each day's digest
 * ({@code mail_digest_recipients}). Every statement but the job's look-up of finished runs names the workspace.
 */
@Repository
class DigestRuns {

    /** A day's run: the opens after {@code since}, up to {@code until}, are its news. */
    record Run(WorkspaceId workspace, LocalDate day, Instant since, Instant until, boolean completed) {}

    /** A workspace's day (its time zone's calendar). */
    record Day(WorkspaceId workspace, LocalDate day) {}

    private final JdbcClient jdbc;

    DigestRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The runs finished on or after this day, across workspaces (the job skips them without a look each). */
    Set<Day> completedSince(LocalDate from) {
        Set<Day> done = new HashSet<>();
        jdbc.sql(
                        "SELECT workspace_id, digest_day FROM mail_digest_runs WHERE digest_day >= ? AND completed_at IS NOT NULL")
                .param(from)
                .query(rs -> {
                    done.add(new Day(
                            new WorkspaceId(Db.uuid(rs, "workspace_id")), rs.getObject("digest_day", LocalDate.class)));
                });
        return done;
    }

    /**
     * The day's run, started now unless it was: its news are the opens since the previous run's end (a day before
     * its hour for the first run), up to the day's digest hour {@code until}.
     */
    Run start(WorkspaceId ws, LocalDate day, Instant until, Instant now) {
        Instant since = jdbc.sql("""
                        SELECT MAX(until_at) FROM mail_digest_runs WHERE workspace_id = ? AND digest_day < ?""")
                .params(ws.value(), day)
                .query((rs, n) -> Optional.ofNullable(Db.instant(rs, 1)))
                .single()
                .orElse(null);
        if (since == null || !since.isBefore(until)) {
            since = until.minus(Duration.ofDays(1));
        }
        jdbc.sql("""
                        INSERT INTO mail_digest_runs (workspace_id, digest_day, since_at, until_at, started_at)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(ws.value(), day, Db.ts(since), Db.ts(until), Db.ts(now))
                .update();
        return jdbc.sql("SELECT * FROM mail_digest_runs WHERE workspace_id = ? AND digest_day = ?")
                .params(ws.value(), day)
                .query((rs, n) -> new Run(
                        ws,
                        day,
                        Db.instant(rs, "since_at"),
                        Db.instant(rs, "until_at"),
                        rs.getObject("completed_at") != null))
                .single();
    }

    void complete(WorkspaceId ws, LocalDate day, Instant now) {
        jdbc.sql("""
                        UPDATE mail_digest_runs SET completed_at = ?
                        WHERE workspace_id = ? AND digest_day = ? AND completed_at IS NULL""").params(Db.ts(now), ws.value(), day).update();
    }

    boolean received(WorkspaceId ws, LocalDate day, UserId user) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM mail_digest_recipients
                        WHERE workspace_id = ? AND digest_day = ? AND user_id = ?""")
                        .params(ws.value(), day, user.value())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Records the user's digest of the day; false when he already has one (the caller then rolls back). */
    boolean record(WorkspaceId ws, LocalDate day, UserId user, MailId mail, int quotes, Instant now) {
        return jdbc.sql("""
                        INSERT INTO mail_digest_recipients (workspace_id, digest_day, user_id, mail_id, quotes, created_at)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                        .params(ws.value(), day, user.value(), mail.value(), quotes, Db.ts(now))
                        .update()
                == 1;
    }
}
