package io.relance.followup;

import java.util.Locale;
import java.util.Optional;

/** How an outbound contact reaches a third party: what the contact rules count and check. */
public enum ContactChannel {
    CALL,
    EMAIL,
    SMS,
    VISIT,
    MEETING;

    /** The channel of a task's type; empty for a to-do (no contact). */
    public static Optional<ContactChannel> of(TaskType type) {
        return type.contact() ? Optional.of(valueOf(type.name())) : Optional.empty();
    }

    /** A channel as the API names it ({@code call}, {@code EMAIL}…); empty when it is none. */
    public static Optional<ContactChannel> parse(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
