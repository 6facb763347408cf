package io.relance.shared;

import java.util.UUID;

public record UserId(UUID value) implements java.io.Serializable {

    @Override
    public String toString() {
        return value.toString();
    }
}
