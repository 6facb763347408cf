package io.relance.followup;

import java.util.Objects;
import java.util.UUID;

/** A negotiation with a third party. */
public record NegotiationId(UUID value) {

    public NegotiationId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
