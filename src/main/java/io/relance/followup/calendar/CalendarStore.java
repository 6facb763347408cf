package io.relance.followup.calendar;

import io.relance.followup.WorkingDays;
import io.relance.shared.WorkspaceId;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The working calendars ({@code followup_calendars}, {@code followup_holidays}). */
@Repository
public class CalendarStore {

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public WorkingDays read(WorkspaceId ws) {
        Set<DayOfWeek> weekdays = jdbc.sql("SELECT working_days FROM followup_calendars WHERE workspace_id = ?")
                .param(ws.value())
                .query(String.class)
                .optional()
                .map(CalendarStore::weekdays)
                .orElse(WorkingDays.MONDAY_TO_FRIDAY);
        List<LocalDate> holidays = jdbc.sql(
                        "SELECT holiday FROM followup_holidays WHERE workspace_id = ? ORDER BY holiday")
                .param(ws.value())
                .query((rs, n) -> rs.getDate("holiday").toLocalDate())
                .list();
        return WorkingDays.of(weekdays, holidays);
    }

    /** Replaces the weekdays and the holidays (with their labels, null when none). */
    public void write(WorkspaceId ws, Set<DayOfWeek> weekdays, java.util.Map<LocalDate, String> holidays) {
        String days = weekdays.stream()
                .sorted()
                .map(d -> String.valueOf(d.getValue()))
                .collect(Collectors.joining(","));
        if (jdbc.sql("UPDATE followup_calendars SET working_days = ?, version = version + 1 WHERE workspace_id = ?")
                        .params(days, ws.value())
                        .update()
                == 0) {
            jdbc.sql("INSERT INTO followup_calendars (workspace_id, working_days, version) VALUES (?, ?, 0)")
                    .params(ws.value(), days)
                    .update();
        }
        jdbc.sql("DELETE FROM followup_holidays WHERE workspace_id = ?")
                .param(ws.value())
                .update();
        holidays.forEach((day, label) -> jdbc.sql(
                        "INSERT INTO followup_holidays (workspace_id, holiday, label) VALUES (?, ?, ?)")
                .params(ws.value(), Date.valueOf(day), label)
                .update());
    }

    /** The holidays with their labels, by date. */
    public java.util.SortedMap<LocalDate, String> holidays(WorkspaceId ws) {
        var found = new java.util.TreeMap<LocalDate, String>();
        jdbc.sql("SELECT holiday, label FROM followup_holidays WHERE workspace_id = ?")
                .param(ws.value())
                .query((rs, n) -> found.put(rs.getDate("holiday").toLocalDate(), rs.getString("label")))
                .list();
        return found;
    }

    static Set<DayOfWeek> weekdays(String column) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(column.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .forEach(s -> days.add(DayOfWeek.of(Integer.parseInt(s))));
        return days.isEmpty() ? WorkingDays.MONDAY_TO_FRIDAY : days;
    }
}
