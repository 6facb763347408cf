package io.relance.followup.agenda;

import io.relance.followup.DueTask;
import io.relance.followup.DueTasks;
import io.relance.followup.task.Tasks;
import io.relance.shared.Db;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The open tasks due by a day of every assignee of a workspace, in one statement (routed to the workspace's shard on
 * Citus): each assignee's counts of overdue and due-that-day tasks, and his first tasks, oldest first (by due date,
 * then time, those without a time last), ranked in SQL so that a rep with thousands of overdue tasks costs no more
 * than the rows asked for. Tasks of deleted third parties are left out, as everywhere.
 */
@Repository
public class DueTaskQuery {

    private final JdbcClient jdbc;

    DueTaskQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Each assignee with open tasks due on or before {@code day}, in the order of their ids, with at most
     * {@code listed} of his tasks (0: only the counts).
     */
    public List<DueTasks> dueBy(WorkspaceId ws, LocalDate day, int listed) {
        return listed <= 0 ? counts(ws, day) : listed(ws, day, listed);
    }

    private List<DueTasks> counts(WorkspaceId ws, LocalDate day) {
        return jdbc.sql("""
                        SELECT k.assignee_id, SUM(CASE WHEN k.due_date < :day THEN 1 ELSE 0 END) AS overdue_count,
                            COUNT(*) AS due_count
                        FROM followup_tasks k JOIN third_parties t
                          ON t.workspace_id = k.workspace_id AND t.id = k.third_party_id AND t.deleted_at IS NULL
                        WHERE k.workspace_id = :ws AND k.status = 'OPEN' AND k.due_date <= :day
                        GROUP BY k.assignee_id
                        ORDER BY k.assignee_id""")
                .param("ws", ws.value())
                .param("day", Date.valueOf(day))
                .query((rs, n) -> {
                    int overdue = rs.getInt("overdue_count");
                    return new DueTasks(
                            new UserId(Db.uuid(rs, "assignee_id")),
                            overdue,
                            rs.getInt("due_count") - overdue,
                            List.of());
                })
                .list();
    }

    private record Counts(int overdue, int due) {}

    private List<DueTasks> listed(WorkspaceId ws, LocalDate day, int listed) {
        Map<UUID, Counts> counts = new LinkedHashMap<>();
        Map<UUID, List<DueTask>> tasks = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT * FROM (
                          SELECT k.*, t.name AS tp_name,
                            ROW_NUMBER() OVER (PARTITION BY k.assignee_id
                              ORDER BY k.due_date, COALESCE(k.due_time, TIME '23:59:59'), k.id) AS listed_rank,
                            SUM(CASE WHEN k.due_date < :day THEN 1 ELSE 0 END)
                              OVER (PARTITION BY k.assignee_id) AS overdue_count,
                            COUNT(*) OVER (PARTITION BY k.assignee_id) AS due_count
                          FROM followup_tasks k JOIN third_parties t
                            ON t.workspace_id = k.workspace_id AND t.id = k.third_party_id AND t.deleted_at IS NULL
                          WHERE k.workspace_id = :ws AND k.status = 'OPEN' AND k.due_date <= :day
                        ) ranked
                        WHERE listed_rank <= :listed
                        ORDER BY assignee_id, listed_rank""")
                .param("ws", ws.value())
                .param("day", Date.valueOf(day))
                .param("listed", listed)
                .query(rs -> {
                    UUID assignee = Db.uuid(rs, "assignee_id");
                    if (!counts.containsKey(assignee)) {
                        counts.put(assignee, new Counts(rs.getInt("overdue_count"), rs.getInt("due_count")));
                    }
                    tasks.computeIfAbsent(assignee, a -> new ArrayList<>())
                            .add(new DueTask(Tasks.map(rs, 0).view(), rs.getString("tp_name")));
                });
        List<DueTasks> due = new ArrayList<>(counts.size());
        counts.forEach((assignee, c) ->
                due.add(new DueTasks(new UserId(assignee), c.overdue(), c.due() - c.overdue(), tasks.get(assignee))));
        return due;
    }
}
