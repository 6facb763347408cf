package io.relance.followup.feed;

import java.util.Objects;
import java.util.UUID;

/** The id of a calendar feed. */
public record CalendarFeedId(UUID value) {

    public CalendarFeedId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
