package io.relance.quote;

import java.util.UUID;

/** A quote, the one the client's link points at: kept across its revisions. */
public record QuoteId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
