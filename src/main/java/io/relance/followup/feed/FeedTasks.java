package io.relance.followup.feed;

import io.relance.followup.TaskStatus;
import io.relance.followup.TaskView;
import io.relance.followup.task.Tasks;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tasks a feed shows: the user's open tasks due within a window, of live third parties, with what a calendar
 * entry says of its third party — one statement in one workspace (a router query on Citus, the join colocated), on
 * the index of My day ({@code workspace_id, assignee_id, status, due_date}).
 */
@Repository
class FeedTasks {

    /** At most this many entries in a feed, soonest first. */
    static final int MAX = 5000;

    /** A task and its third party's name, code and number to call (mobile, else phone; null when none). */
    record Row(TaskView task, String thirdPartyName, String thirdPartyCode, String phone) {}

    private final JdbcClient jdbc;

    FeedTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> open(WorkspaceId ws, UserId assignee, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT k.*, t.name AS tp_name, t.code AS tp_code, COALESCE(t.mobile, t.phone) AS tp_phone
                        FROM followup_tasks k JOIN third_parties t
                          ON t.workspace_id = k.workspace_id AND t.id = k.third_party_id AND t.deleted_at IS NULL
                        WHERE k.workspace_id = :ws AND k.assignee_id = :assignee AND k.status = :status
                          AND k.due_date >= :from AND k.due_date <= :to
                        ORDER BY k.due_date, k.due_time, k.id FETCH FIRST :max ROWS ONLY""")
                .param("ws", ws.value())
                .param("assignee", assignee.value())
                .param("status", TaskStatus.OPEN.name())
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .param("max", MAX)
                .query((rs, n) -> new Row(
                        Tasks.map(rs, n).view(),
                        rs.getString("tp_name"),
                        rs.getString("tp_code"),
                        rs.getString("tp_phone")))
                .list();
    }
}
