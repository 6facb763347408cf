package io.relance.quote.core;

import io.relance.party.ThirdPartyId;
import io.relance.quote.Acceptance;
import io.relance.quote.QuoteId;
import io.relance.quote.QuoteStatus;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/** A quote's row as stored, without its lines (see {@link Quotes}). */
public record QuoteRow(
        WorkspaceId workspaceId,
        QuoteId id,
        String baseNumber,
        int revision,
        QuoteStatus status,
        ThirdPartyId thirdPartyId,
        Currency currency,
        QuoteHeader header,
        UserId createdBy,
        Instant createdAt,
        Instant updatedAt,
        Instant sentAt,
        Instant answeredAt,
        Acceptance acceptance,
        String declinedReason,
        String declinedComment,
        BigDecimal totalNet,
        BigDecimal totalTax,
        BigDecimal totalGross,
        long version) {

    public String number() {
        return revision == 1 ? baseNumber : baseNumber + "-" + revision;
    }
}
