package io.relance.followup;

import java.util.UUID;

/** One follow-up task. */
public record TaskId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
