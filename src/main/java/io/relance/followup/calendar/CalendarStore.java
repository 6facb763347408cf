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
        String days = days(weekdays);
        if (jdbc.sql("UPDATE followup_calendars SET working_days = ?, version = version + 1 WHERE workspace_id = ?")
                        .params(days, ws.value())
                        .update()
                == 0) {
            jdbc.sql("INSERT INTO followup_calendars (workspace_id, working_days, version) VALUES (?, ?, 1)")
                    .params(ws.value(), days)
                    .update();
        }
        replaceHolidays(ws, holidays);
    }

    private void replaceHolidays(WorkspaceId ws, java.util.Map<LocalDate, String> holidays) {
        jdbc.sql("DELETE FROM followup_holidays WHERE workspace_id = ?")
                .param(ws.value())
                .update();
        holidays.forEach((day, label) -> jdbc.sql(
                        "INSERT INTO followup_holidays (workspace_id, holiday, label) VALUES (?, ?, ?)")
                .params(ws.value(), Date.valueOf(day), label)
                .update());
    }

    /** The calendar's version: 0 until it is first set. */
    public long version(WorkspaceId ws) {
        return jdbc.sql("SELECT version FROM followup_calendars WHERE workspace_id = ?")
                .param(ws.value())
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    /**
     * Replaces the weekdays and holidays if the calendar is still at {@code expectedVersion} (0: never set); false
     * when someone changed it meanwhile (nothing written then).
     */
    public boolean write(
            WorkspaceId ws, Set<DayOfWeek> weekdays, java.util.Map<LocalDate, String> holidays, long expectedVersion) {
        String days = days(weekdays);
        int claimed = expectedVersion == 0
                ? jdbc.sql("""
                        INSERT INTO followup_calendars (workspace_id, working_days, version) VALUES (?, ?, 1)
                        ON CONFLICT DO NOTHING""").params(ws.value(), days).update()
                : jdbc.sql("""
                        UPDATE followup_calendars SET working_days = ?, version = version + 1
                        WHERE workspace_id = ? AND version = ?""").params(days, ws.value(), expectedVersion).update();
        if (claimed == 0) {
            return false;
        }
        replaceHolidays(ws, holidays);
        return true;
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

    private static String days(Set<DayOfWeek> weekdays) {
        return weekdays.stream().sorted().map(d -> String.valueOf(d.getValue())).collect(Collectors.joining(","));
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
