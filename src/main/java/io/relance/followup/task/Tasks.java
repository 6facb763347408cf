package io.relance.followup.task;

import io.relance.followup.FollowUpRule;
import io.relance.followup.TaskId;
import io.relance.followup.TaskOrigin;
import io.relance.followup.TaskStatus;
import io.relance.followup.TaskTarget;
import io.relance.followup.TaskType;
import io.relance.party.ThirdPartyId;
import io.relance.shared.Db;
import io.relance.shared.StaleVersionException;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/**
 * The tasks ({@code followup_tasks}); every statement names the workspace. An update checks the version it read
 * (optimistic locking); a rule's task is inserted only while none of its key is open.
 */
@Repository
public class Tasks {

    private final JdbcClient jdbc;

    Tasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts a new task. A rule's task is left out when one of the same key is open (the unique key on
     * {@code open_rule_key}, also against another node doing the same at the same time): false then.
     */
    public boolean insert(Task t) {
        return jdbc.sql(INSERT_INTO + ROW + " ON CONFLICT DO NOTHING")
                        .params(values(t))
                        .update()
                == 1;
    }

    private static final String INSERT_INTO = """
            INSERT INTO followup_tasks (workspace_id, id, version, type, status, due_date, due_time, assignee_id,
                third_party_id, contact_id, quote_id, origin, rule, rule_key, open_rule_key, title, notes, outcome,
                classification, created_by, created_at, closed_at, closed_by)
            VALUES """;

    private static final String ROW = "(?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static List<Object> values(Task t) {
        return Arrays.asList(
                t.workspace().value(),
                t.id().value(),
                t.type().name(),
                t.status().name(),
                Date.valueOf(t.dueDate()),
                t.dueTime() == null ? null : Time.valueOf(t.dueTime()),
                t.assignee().value(),
                t.target().thirdParty().value(),
                t.target().contactId(),
                t.target().quoteId(),
                t.origin().name(),
                t.rule() == null ? null : t.rule().name(),
                t.ruleKey(),
                t.status() == TaskStatus.OPEN ? t.ruleKey() : null,
                t.title(),
                t.notes(),
                t.outcome(),
                t.classification(),
                t.createdBy() == null ? null : t.createdBy().value(),
                Db.ts(t.createdAt()),
                t.closedAt() == null ? null : Db.ts(t.closedAt()),
                t.closedBy() == null ? null : t.closedBy().value());
    }

    /** The rows a multi-row insert writes at most in one statement (23 parameters each). */
    static final int INSERT_CHUNK = 500;

    /**
     * Inserts new tasks in one multi-row statement per {@value #INSERT_CHUNK} (a daily part's chunk): as
     * {@link #insert}, a rule's task whose key is open already is left out. Answers how many were inserted.
     */
    public int insertAll(List<Task> all) {
        int inserted = 0;
        for (int from = 0; from < all.size(); from += INSERT_CHUNK) {
            List<Task> chunk = all.subList(from, Math.min(all.size(), from + INSERT_CHUNK));
            List<Object> params = new ArrayList<>(chunk.size() * 22);
            for (Task t : chunk) {
                params.addAll(values(t));
            }
            inserted += jdbc.sql(INSERT_INTO + String.join(", ", Collections.nCopies(chunk.size(), ROW))
                            + " ON CONFLICT DO NOTHING")
                    .params(params)
                    .update();
        }
        return inserted;
    }

    /** Which of these task ids exist (after an insert that left some out). */
    public Set<UUID> existing(WorkspaceId ws, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT id FROM followup_tasks WHERE workspace_id = :ws AND id = ANY(:ids)")
                .param("ws", ws.value())
                .param("ids", Db.uuids(ids))
                .query((rs, n) -> Db.uuid(rs, "id"))
                .list());
    }

    /** The open tasks of these rule keys, in one statement. */
    public List<Task> openOfRules(WorkspaceId ws, Collection<String> ruleKeys) {
        if (ruleKeys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM followup_tasks WHERE workspace_id = :ws AND open_rule_key = ANY(:keys)")
                .param("ws", ws.value())
                .param("keys", new SqlArrayValue("varchar", ruleKeys.toArray()))
                .query(Tasks::map)
                .list();
    }

    /**
     * Saves the cancellation of these open tasks (cancelled in memory, each still at the version read) in one
     * statement; a {@link StaleVersionException} when one of them changed meanwhile (nothing is then saved: the
     * caller's transaction rolls back).
     */
    public void cancelAll(WorkspaceId ws, List<Task> cancelled, Instant now) {
        if (cancelled.isEmpty()) {
            return;
        }
        int updated = jdbc.sql("""
                        UPDATE followup_tasks SET version = version + 1, status = 'CANCELLED', open_rule_key = NULL,
                            closed_at = :now, closed_by = NULL
                        WHERE workspace_id = :ws AND id = ANY(:ids) AND status = 'OPEN'""")
                .param("now", Db.ts(now))
                .param("ws", ws.value())
                .param(
                        "ids",
                        Db.uuids(cancelled.stream().map(t -> t.id().value()).toList()))
                .update();
        if (updated != cancelled.size()) {
            throw new StaleVersionException();
        }
    }

    /** Saves what changed; a {@link StaleVersionException} when someone saved it since it was read. */
    public void update(Task t) {
        int updated = jdbc.sql("""
                        UPDATE followup_tasks SET version = version + 1, status = ?, due_date = ?, due_time = ?,
                            assignee_id = ?, open_rule_key = ?, title = ?, notes = ?, outcome = ?, classification = ?,
                            closed_at = ?, closed_by = ?
                        WHERE workspace_id = ? AND id = ? AND version = ?""")
                .params(
                        t.status().name(),
                        Date.valueOf(t.dueDate()),
                        t.dueTime() == null ? null : Time.valueOf(t.dueTime()),
                        t.assignee().value(),
                        t.status() == TaskStatus.OPEN ? t.ruleKey() : null,
                        t.title(),
                        t.notes(),
                        t.outcome(),
                        t.classification(),
                        t.closedAt() == null ? null : Db.ts(t.closedAt()),
                        t.closedBy() == null ? null : t.closedBy().value(),
                        t.workspace().value(),
                        t.id().value(),
                        t.version())
                .update();
        if (updated != 1) {
            throw new StaleVersionException();
        }
    }

    public Optional<Task> find(WorkspaceId ws, TaskId id) {
        return jdbc.sql("SELECT * FROM followup_tasks WHERE workspace_id = ? AND id = ?")
                .params(ws.value(), id.value())
                .query(Tasks::map)
                .optional();
    }

    /** The open task of a rule's key, if any. */
    public Optional<Task> openOfRule(WorkspaceId ws, String ruleKey) {
        return jdbc.sql("SELECT * FROM followup_tasks WHERE workspace_id = ? AND open_rule_key = ?")
                .params(ws.value(), ruleKey)
                .query(Tasks::map)
                .optional();
    }

    /** A third party's open tasks, soonest first. */
    public List<Task> openOf(WorkspaceId ws, ThirdPartyId thirdParty) {
        return jdbc.sql("""
                        SELECT * FROM followup_tasks WHERE workspace_id = ? AND third_party_id = ? AND status = 'OPEN'
                        ORDER BY due_date, due_time, id""")
                .params(ws.value(), thirdParty.value())
                .query(Tasks::map)
                .list();
    }

    /** A task from a row of {@code followup_tasks} (a query may select more columns). */
    public static Task map(ResultSet rs, int row) throws SQLException {
        Time dueTime = rs.getTime("due_time");
        String rule = rs.getString("rule");
        UUID createdBy = Db.uuid(rs, "created_by");
        UUID closedBy = Db.uuid(rs, "closed_by");
        return new Task(
                new WorkspaceId(Db.uuid(rs, "workspace_id")),
                new TaskId(Db.uuid(rs, "id")),
                rs.getLong("version"),
                TaskType.valueOf(rs.getString("type")),
                TaskStatus.valueOf(rs.getString("status")),
                rs.getDate("due_date").toLocalDate(),
                dueTime == null ? null : dueTime.toLocalTime(),
                new UserId(Db.uuid(rs, "assignee_id")),
                new TaskTarget(
                        new ThirdPartyId(Db.uuid(rs, "third_party_id")),
                        Db.uuid(rs, "contact_id"),
                        Db.uuid(rs, "quote_id")),
                TaskOrigin.valueOf(rs.getString("origin")),
                rule == null ? null : FollowUpRule.valueOf(rule),
                rs.getString("rule_key"),
                rs.getString("title"),
                rs.getString("notes"),
                rs.getString("outcome"),
                rs.getString("classification"),
                createdBy == null ? null : new UserId(createdBy),
                Db.instant(rs, "created_at"),
                Db.instant(rs, "closed_at"),
                closedBy == null ? null : new UserId(closedBy));
    }
}
