package io.relance.quote.web.api;

import io.relance.quote.QuoteStatus;
import io.relance.quote.search.QuoteListRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A quote in the API's list: its current revision's header and totals, no lines. */
record QuoteListView(
        UUID id,
        String number,
        int revision,
        QuoteStatus status,
        UUID thirdpartyId,
        String thirdpartyName,
        UUID contactId,
        UUID ownerId,
        BigDecimal totalNet,
        BigDecimal totalTax,
        BigDecimal totalGross,
        String currency,
        LocalDate validUntil,
        String language,
        Instant createdAt,
        Instant sentAt,
        Integer engagementScore) {

    static QuoteListView of(QuoteListRow r) {
        var q = r.quote();
        return new QuoteListView(
                q.id().value(),
                q.number(),
                q.revision(),
                q.status(),
                q.thirdPartyId().value(),
                r.thirdPartyName(),
                q.contactId(),
                q.ownerId().value(),
                q.totalNet().amount(),
                q.totalTax().amount(),
                q.totalGross().amount(),
                q.currency(),
                q.validUntil(),
                q.language(),
                r.createdAt(),
                q.sentAt(),
                r.engagementScore());
    }
}
