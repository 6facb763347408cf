package io.relance.followup.contact;

import java.time.LocalTime;

/** A part of the day a contact prefers to be reached in: morning (before noon), afternoon, evening (from 18:00). */
public enum DayPart {
    MORNING(LocalTime.MIDNIGHT, LocalTime.NOON),
    AFTERNOON(LocalTime.NOON, LocalTime.of(18, 0)),
    EVENING(LocalTime.of(18, 0), LocalTime.MAX);

    private final LocalTime from;
    private final LocalTime to;

    DayPart(LocalTime from, LocalTime to) {
        this.from = from;
        this.to = to;
    }

    public LocalTime from() {
        return from;
    }

    /** The end, excluded (the evening runs to the end of the day). */
    public LocalTime to() {
        return to;
    }

    public static DayPart of(LocalTime time) {
        if (time.isBefore(LocalTime.NOON)) {
            return MORNING;
        }
        return time.isBefore(EVENING.from) ? AFTERNOON : EVENING;
    }
}
