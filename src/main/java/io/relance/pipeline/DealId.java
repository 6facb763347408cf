package io.relance.pipeline;

import java.util.UUID;

/** One deal. */
public record DealId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
