package io.relance.followup.daily;

import io.relance.shared.Db;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The claims of the daily run ({@code followup_daily_runs}): one row per workspace, day and part. Each statement is
 * one atomic step of its own (no transaction around them), so a claim is visible to the other nodes at once. Every
 * statement but the job's look at the recent days names the workspace.
 */
@Repository
class DailyRuns {

    /** A workspace's day and part. */
    record Key(WorkspaceId workspace, LocalDate date, String part) {}

    /** Where a part's run of a day stands. */
    record Row(Key key, int attempts, Instant nextAttemptAt, Instant doneAt, Integer items, String lastError) {

        boolean done() {
            return doneAt != null;
        }
    }

    private final JdbcClient jdbc;

    DailyRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The parts, across workspaces, of the days since {@code from} that need nothing now: done, running on some node
     * (its lease not over) or waiting for their next attempt. One look per round of the job, instead of one per part.
     */
    Set<Key> settledSince(LocalDate from, Instant now) {
        Set<Key> settled = new HashSet<>();
        jdbc.sql("""
                        SELECT workspace_id, run_date, part FROM followup_daily_runs
                        WHERE run_date >= ? AND (done_at IS NOT NULL OR next_attempt_at > ?)""").params(from, Db.ts(now)).query(rs -> {
            settled.add(new Key(
                    new WorkspaceId(Db.uuid(rs, "workspace_id")),
                    rs.getObject("run_date", LocalDate.class),
                    rs.getString("part")));
        });
        return settled;
    }

    /** As {@link #settledSince}, for one workspace's day. */
    Set<Key> settled(WorkspaceId ws, LocalDate date, Instant now) {
        Set<Key> settled = new HashSet<>();
        jdbc.sql("""
                        SELECT part FROM followup_daily_runs
                        WHERE workspace_id = ? AND run_date = ? AND (done_at IS NOT NULL OR next_attempt_at > ?)""")
                .params(ws.value(), date, Db.ts(now))
                .query(String.class)
                .list()
                .forEach(part -> settled.add(new Key(ws, date, part)));
        return settled;
    }

    /**
     * Claims the part's run of the day for this node until {@code leaseUntil}: the first claim inserts the row, a
     * later one takes it over only when it is not done and its lease or back-off is over. False when another node
     * holds it, it waits for its next attempt, or it is done.
     */
    boolean claim(Key k, Instant now, Instant leaseUntil) {
        if (jdbc.sql("""
                        INSERT INTO followup_daily_runs (workspace_id, run_date, part, attempts, started_at,
                            next_attempt_at)
                        VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT DO NOTHING""")
                        .params(k.workspace().value(), k.date(), k.part(), Db.ts(now), Db.ts(leaseUntil))
                        .update()
                == 1) {
            return true;
        }
        return jdbc.sql("""
                        UPDATE followup_daily_runs SET attempts = attempts + 1, started_at = ?, next_attempt_at = ?
                        WHERE workspace_id = ? AND run_date = ? AND part = ? AND done_at IS NULL
                          AND next_attempt_at <= ?""")
                        .params(Db.ts(now), Db.ts(leaseUntil), k.workspace().value(), k.date(), k.part(), Db.ts(now))
                        .update()
                == 1;
    }

    /** The part's run of the day is done, with how many items it handled. */
    void done(Key k, int items, Instant now) {
        jdbc.sql("""
                        UPDATE followup_daily_runs SET done_at = ?, items = ?, last_error = NULL
                        WHERE workspace_id = ? AND run_date = ? AND part = ?""")
                .params(Db.ts(now), items, k.workspace().value(), k.date(), k.part())
                .update();
    }

    /** The part failed: tried again from {@code retryAt}, with the error kept for the operator. */
    void failed(Key k, Instant retryAt, String error) {
        jdbc.sql("""
                        UPDATE followup_daily_runs SET next_attempt_at = ?, last_error = ?
                        WHERE workspace_id = ? AND run_date = ? AND part = ? AND done_at IS NULL""")
                .params(
                        Db.ts(retryAt),
                        error == null ? null : error.substring(0, Math.min(error.length(), 500)),
                        k.workspace().value(),
                        k.date(),
                        k.part())
                .update();
    }

    /** How many attempts the part's run of the day has had (0: none). */
    int attempts(Key k) {
        return find(k).map(Row::attempts).orElse(0);
    }

    Optional<Row> find(Key k) {
        return jdbc.sql("""
                        SELECT * FROM followup_daily_runs WHERE workspace_id = ? AND run_date = ? AND part = ?""")
                .params(k.workspace().value(), k.date(), k.part())
                .query((rs, n) -> new Row(
                        k,
                        rs.getInt("attempts"),
                        Db.instant(rs, "next_attempt_at"),
                        Db.instant(rs, "done_at"),
                        (Integer) rs.getObject("items"),
                        rs.getString("last_error")))
                .optional();
    }

    /** The parts done on this day of the workspace (for the test endpoint's answer and the tests). */
    Set<String> doneOn(WorkspaceId ws, LocalDate date) {
        return new HashSet<>(
                jdbc.sql("""
                        SELECT part FROM followup_daily_runs
                        WHERE workspace_id = ? AND run_date = ? AND done_at IS NOT NULL""").params(ws.value(), date).query(String.class).list());
    }
}
