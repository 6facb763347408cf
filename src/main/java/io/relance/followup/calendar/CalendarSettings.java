package io.relance.followup.calendar;

import io.relance.shared.FieldProblem;
import io.relance.shared.ForbiddenException;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.Text;
import io.relance.shared.WorkspaceId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working calendar as a setting: everyone reads it, admins change it (weekdays worked, holidays with their
 * labels), at the version they read. Due dates of the tasks rules plan fall on its working days.
 */
@Service
public class CalendarSettings {

    public static final int LABEL_MAX = 100;

    /** A holiday and its label (null when none). */
    public record Holiday(LocalDate date, String label) {}

    /** The calendar: the weekdays worked, Monday first; the holidays by date; its version (0 until first set). */
    public record Calendar(List<DayOfWeek> workingDays, List<Holiday> holidays, long version) {}

    /** A holiday as typed: its date as text (ISO), its label. */
    public record TypedHoliday(String date, String label) {}

    private final CalendarStore store;

    CalendarSettings(CalendarStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    public Calendar read(WorkspaceId ws) {
        List<DayOfWeek> days = store.read(ws).weekdays().stream().sorted().toList();
        SortedMap<LocalDate, String> holidays = store.holidays(ws);
        return new Calendar(
                days,
                holidays.entrySet().stream()
                        .map(e -> new Holiday(e.getKey(), e.getValue()))
                        .toList(),
                store.version(ws));
    }

    /**
     * Replaces the calendar (admins): {@code workingDays} as day names ({@code MONDAY}…), at least one;
     * {@code holidays} each with an ISO date (once) and an optional label; the version read (a stale one: 409).
     * Every bad field is named ({@code workingDays}, {@code holidays[i].date}, {@code holidays[i].label}).
     */
    @Transactional
    public Calendar change(RelanceUser me, List<String> workingDays, List<TypedHoliday> holidays, Long version) {
        if (!me.isAdmin()) {
            throw new ForbiddenException();
        }
        List<FieldProblem> problems = new ArrayList<>();
        Set<DayOfWeek> days = weekdays(workingDays, problems);
        Map<LocalDate, String> byDate = holidays(holidays, problems);
        if (version == null) {
            problems.add(new FieldProblem("version", "validation.version"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!store.write(me.workspaceId(), days, byDate, version)) {
            throw new StaleVersionException();
        }
        return read(me.workspaceId());
    }

    private static Set<DayOfWeek> weekdays(List<String> names, List<FieldProblem> problems) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (names == null || names.isEmpty()) {
            problems.add(new FieldProblem("workingDays", "followup.calendar.workingDays.required"));
            return days;
        }
        for (String name : names) {
            try {
                days.add(DayOfWeek.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("workingDays", "followup.calendar.workingDays.invalid"));
                return days;
            }
        }
        return days;
    }

    private static Map<LocalDate, String> holidays(List<TypedHoliday> typed, List<FieldProblem> problems) {
        Map<LocalDate, String> byDate = new LinkedHashMap<>();
        if (typed == null) {
            return byDate;
        }
        for (int i = 0; i < typed.size(); i++) {
            TypedHoliday h = typed.get(i);
            String field = "holidays[" + i + "]";
            if (h == null || Text.clean(h.date()) == null) {
                problems.add(new FieldProblem(field + ".date", "validation.required"));
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(h.date().strip());
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(field + ".date", "validation.date"));
                continue;
            }
            if (byDate.containsKey(date)) {
                problems.add(new FieldProblem(field + ".date", "followup.calendar.holiday.twice"));
                continue;
            }
            String label = Text.clean(field + ".label", h.label(), LABEL_MAX, problems);
            byDate.put(date, label);
        }
        return byDate;
    }
}
