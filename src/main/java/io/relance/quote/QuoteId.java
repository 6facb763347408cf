package io.relance.quote;

import java.util.UUID;

/** A quote, the one the client's link points at: kept across its revisions. */
public record QuoteId(UUID value) {

    /**
     * A quote's subject type where another module keys things by a type and an id: the tracking module's links,
     * engagements and advice ({@code "quote"}).
     */
    public static final String SUBJECT = "quote";

    @Override
    public String toString() {
        return value.toString();
    }
}
