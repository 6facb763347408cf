package io.relance.object;

import java.util.UUID;

/** Identifies an object offered for sale or rent in a workspace. */
public record SalesObjectId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
