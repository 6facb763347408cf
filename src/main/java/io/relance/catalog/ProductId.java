package io.relance.catalog;

import java.util.UUID;

/** Identifies a product or service of a workspace's catalogue. */
public record ProductId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
