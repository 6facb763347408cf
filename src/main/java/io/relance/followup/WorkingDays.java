package io.relance.followup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A workspace's working calendar: the weekdays it works (Monday to Friday unless set) and its holidays. A date
 * that falls on a day off moves to the next working day.
 */
public record WorkingDays(Set<DayOfWeek> weekdays, SortedSet<LocalDate> holidays) {

    public static final Set<DayOfWeek> MONDAY_TO_FRIDAY = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    public WorkingDays {
        if (weekdays.isEmpty()) {
            throw new IllegalArgumentException("A calendar works at least one weekday");
        }
        weekdays = Set.copyOf(weekdays);
        holidays = new TreeSet<>(holidays);
    }

    public static WorkingDays standard() {
        return new WorkingDays(MONDAY_TO_FRIDAY, new TreeSet<>());
    }

    public static WorkingDays of(Set<DayOfWeek> weekdays, List<LocalDate> holidays) {
        return new WorkingDays(weekdays, new TreeSet<>(holidays));
    }

    public boolean works(LocalDate day) {
        return weekdays.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** The day itself when worked, else the next working day. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        // at least one weekday works, and holidays are finite: this ends
        while (!works(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** A task due {@code days} calendar days after {@code from}, moved to a working day. */
    public LocalDate dueAfter(LocalDate from, int days) {
        return onOrAfter(from.plusDays(days));
    }
}
