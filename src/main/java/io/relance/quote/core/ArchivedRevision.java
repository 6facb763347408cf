package io.relance.quote.core;

import io.relance.quote.QuoteStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * A revision a newer one replaced, kept read-only: what the client saw then. Its lines stay in
 * {@code quote_lines} under its revision number.
 */
public record ArchivedRevision(
        int revision,
        String number,
        QuoteStatus status,
        QuoteHeader header,
        QuoteTotals totals,
        Instant sentAt,
        Instant replacedAt,
        UUID replacedBy) {}
