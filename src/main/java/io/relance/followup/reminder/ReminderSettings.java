package io.relance.followup.reminder;

import java.time.LocalTime;

/**
 * When a workspace's reps are reminded of their day: {@code time} as {@code HH:MM} (24 hours) in the workspace's
 * time zone; {@code version} 0 for the default, 07:30, until an admin saves.
 */
public record ReminderSettings(String time, long version) {

    public static final ReminderSettings DEFAULTS = new ReminderSettings("07:30", 0);

    public LocalTime localTime() {
        return LocalTime.parse(time);
    }
}
