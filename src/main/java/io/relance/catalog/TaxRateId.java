package io.relance.catalog;

import java.util.UUID;

/** Identifies one of a workspace's tax rates. */
public record TaxRateId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
