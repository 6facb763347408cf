package io.relance.messaging.activity;

/**
 * When a workspace's daily digest goes: {@code time} as {@code HH:MM} (24 hours) in the workspace's time zone;
 * {@code version} 0 for the default, 12:30, until an admin saves.
 */
public record DigestSettings(String time, long version) {

    public static final DigestSettings DEFAULTS = new DigestSettings("12:30", 0);

    public java.time.LocalTime localTime() {
        return java.time.LocalTime.parse(time);
    }
}
