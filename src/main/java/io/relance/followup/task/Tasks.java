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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
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
        return jdbc.sql("""
                        INSERT INTO followup_tasks (workspace_id, id, version, type, status, due_date, due_time,
                            assignee_id, third_party_id, contact_id, quote_id, origin, rule, rule_key, open_rule_key,
                            title, notes, outcome, classification, created_by, created_at, closed_at, closed_by)
                        VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                        .params(
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
                                t.closedBy() == null ? null : t.closedBy().value())
                        .update()
                == 1;
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
