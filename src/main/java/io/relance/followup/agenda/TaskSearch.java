package io.relance.followup.agenda;

import io.relance.followup.TaskStatus;
import io.relance.followup.WorkingCalendar;
import io.relance.followup.task.Task;
import io.relance.followup.task.Tasks;
import io.relance.party.ContactSummary;
import io.relance.party.ThirdPartyAccess;
import io.relance.party.ThirdPartyLookup;
import io.relance.shared.Cursors;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.ListPage;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.shared.UserId;
import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Task lists (the API's, My day's, a record's): the tasks a user may reach — assigned to him, or about a third party
 * he may see ({@link ThirdPartyAccess}'s SQL predicate) — of live third parties, filtered in SQL, soonest first (by due
 * date, then time, a task without a time after those with one), paged by keyset (no OFFSET). Values reach SQL only as
 * bound parameters; every statement names the workspace.
 */
@Service
public class TaskSearch {

    /** Within a day, a task without a time comes after those with one. */
    private static final String TIME_ORDER = "COALESCE(k.due_time, TIME '23:59:59')";

    private static final LocalTime NO_TIME = LocalTime.of(23, 59, 59);

    private final JdbcClient jdbc;
    private final ThirdPartyAccess access;
    private final ThirdPartyLookup parties;
    private final WorkingCalendar calendar;

    TaskSearch(JdbcClient jdbc, ThirdPartyAccess access, ThirdPartyLookup parties, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.access = access;
        this.parties = parties;
        this.calendar = calendar;
    }

    @Transactional(readOnly = true)
    public ListPage<TaskRow> list(RelanceUser me, TaskFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("""
                SELECT k.*, t.name AS tp_name, t.code AS tp_code, t.phone AS tp_phone, t.phone_e164 AS tp_phone_e164,
                    t.mobile AS tp_mobile, t.mobile_e164 AS tp_mobile_e164""");
        var seen = access.predicate(me, ThirdPartyAccess.Columns.of("t"));
        sql.append(
                seen.restricts()
                        ? ", CASE WHEN " + seen.sql() + " THEN 1 ELSE 0 END AS tp_visible"
                        : ", 1 AS tp_visible");
        from(me, filter, sql, params);
        if (page.cursor() != null) {
            List<String> parts = Cursors.decode(page.cursor(), 3);
            try {
                params.put("afterDate", Date.valueOf(LocalDate.parse(parts.get(0))));
                params.put("afterTime", Time.valueOf(LocalTime.parse(parts.get(1))));
            } catch (RuntimeException e) {
                throw new InvalidInputException("cursor", "validation.cursor");
            }
            params.put("afterId", Ids.parseCursorId(parts.get(2)));
            sql.append(" AND (k.due_date > :afterDate OR (k.due_date = :afterDate AND (" + TIME_ORDER
                    + " > :afterTime OR (" + TIME_ORDER + " = :afterTime AND k.id > :afterId))))");
        }
        sql.append(" ORDER BY k.due_date, ").append(TIME_ORDER).append(", k.id FETCH FIRST :fetch ROWS ONLY");
        params.put("fetch", page.limit() + 1);
        List<TaskRow> rows = jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> {
                    Task task = Tasks.map(rs, n);
                    String mobile = rs.getString("tp_mobile_e164");
                    return new TaskRow(
                            task.view(),
                            rs.getString("tp_name"),
                            rs.getString("tp_code"),
                            mobile != null ? rs.getString("tp_mobile") : rs.getString("tp_phone"),
                            mobile != null ? mobile : rs.getString("tp_phone_e164"),
                            null,
                            rs.getInt("tp_visible") == 1);
                })
                .list();
        return ListPage.of(withContacts(me, rows), page.limit(), TaskSearch::cursor);
    }

    /**
     * How many open tasks of one assignee (null: of everyone the user may see) are overdue, due today and due later,
     * in one query: what My day's sections say they hold.
     */
    @Transactional(readOnly = true)
    public Map<TaskFilter.Due, Long> countOpen(RelanceUser me, UserId assignee) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("""
                SELECT SUM(CASE WHEN k.due_date < :today THEN 1 ELSE 0 END) AS overdue,
                    SUM(CASE WHEN k.due_date = :today THEN 1 ELSE 0 END) AS due_today,
                    SUM(CASE WHEN k.due_date > :today THEN 1 ELSE 0 END) AS upcoming""");
        from(me, TaskFilter.open(assignee, null), sql, params);
        params.put("today", Date.valueOf(calendar.today(me.workspaceId())));
        return jdbc.sql(sql.toString()).params(params).query(rs -> {
            Map<TaskFilter.Due, Long> counts = new EnumMap<>(TaskFilter.Due.class);
            rs.next();
            counts.put(TaskFilter.Due.OVERDUE, rs.getLong("overdue"));
            counts.put(TaskFilter.Due.TODAY, rs.getLong("due_today"));
            counts.put(TaskFilter.Due.UPCOMING, rs.getLong("upcoming"));
            return counts;
        });
    }

    /** How many tasks the user may reach the filter keeps. */
    @Transactional(readOnly = true)
    public long count(RelanceUser me, TaskFilter filter) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("SELECT COUNT(*)");
        from(me, filter, sql, params);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    /** The FROM and WHERE of a list or a count: the tasks this user may reach that the filter keeps. */
    private void from(RelanceUser me, TaskFilter filter, StringBuilder sql, Map<String, Object> params) {
        sql.append("""

                FROM followup_tasks k JOIN third_parties t
                  ON t.workspace_id = k.workspace_id AND t.id = k.third_party_id AND t.deleted_at IS NULL
                WHERE k.workspace_id = :ws""");
        params.put("ws", me.workspaceId().value());
        var predicate = access.predicate(me, ThirdPartyAccess.Columns.of("t"));
        if (predicate.restricts()) {
            sql.append(" AND (k.assignee_id = :me OR ").append(predicate.sql()).append(")");
            params.put("me", me.userId().value());
            params.putAll(predicate.params());
        }
        if (filter.assignee() != null) {
            sql.append(" AND k.assignee_id = :assignee");
            params.put("assignee", filter.assignee().value());
        }
        if (filter.thirdParty() != null) {
            sql.append(" AND k.third_party_id = :thirdParty");
            params.put("thirdParty", filter.thirdParty().value());
        }
        if (!filter.statuses().isEmpty()) {
            sql.append(" AND k.status IN (:statuses)");
            params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.due() != null) {
            params.put("today", Date.valueOf(calendar.today(me.workspaceId())));
            sql.append(
                    switch (filter.due()) {
                        case OVERDUE -> " AND k.status = '" + TaskStatus.OPEN.name() + "' AND k.due_date < :today";
                        case TODAY -> " AND k.due_date = :today";
                        case UPCOMING -> " AND k.due_date > :today";
                    });
        }
    }

    /** The contacts the tasks name, in one query; a contact's phone is the one to call. */
    private List<TaskRow> withContacts(RelanceUser me, List<TaskRow> rows) {
        List<UUID> ids = rows.stream()
                .map(r -> r.task().target().contactId())
                .filter(Objects::nonNull)
                .toList();
        if (ids.isEmpty()) {
            return rows;
        }
        Map<UUID, ContactSummary> contacts = parties.contacts(me.workspaceId(), ids);
        return rows.stream()
                .map(r -> r.task().target().contactId() == null
                        ? r
                        : r.withContact(contacts.get(r.task().target().contactId())))
                .toList();
    }

    private static String cursor(TaskRow row) {
        var task = row.task();
        LocalTime time = task.dueTime() == null ? NO_TIME : task.dueTime();
        return Cursors.encode(
                task.dueDate().toString(), time.toString(), task.id().toString());
    }
}
