package io.relance.quote.web.api;

import io.relance.quote.QuoteStatus;
import io.relance.quote.core.Quote;
import io.relance.quote.core.QuoteDetails;
import io.relance.quote.core.QuoteLine;
import io.relance.quote.core.QuoteTotals;
import io.relance.quote.core.RevisionSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A quote as the API answers it: its current revision, lines with their nets, totals per tax rate, revisions, and
 * its private link ({@code publicUrl}) once it was sent. Made by {@link QuoteViews}; other modules answer it too (the
 * messaging module's {@code POST /api/v1/quotes/{id}/send}).
 */
public record QuoteView(
        UUID id,
        long version,
        String number,
        int revision,
        QuoteStatus status,
        UUID thirdpartyId,
        UUID contactId,
        UUID ownerId,
        BigDecimal totalNet,
        BigDecimal totalTax,
        BigDecimal totalGross,
        String currency,
        LocalDate validUntil,
        String language,
        String introduction,
        String terms,
        String publicUrl,
        Instant sentAt,
        List<LineView> lines,
        List<QuoteTotals.RateTotal> taxes,
        List<RevisionSummary> revisions) {

    public record LineView(
            String kind,
            String description,
            BigDecimal quantity,
            String unit,
            BigDecimal unitPrice,
            BigDecimal discountPercent,
            BigDecimal taxRate,
            UUID productId,
            boolean credit,
            BigDecimal net) {}

    static QuoteView of(QuoteDetails d, String publicUrl) {
        Quote q = d.quote();
        QuoteTotals totals = q.totals();
        List<LineView> lines = new ArrayList<>();
        for (int i = 0; i < q.lines().size(); i++) {
            QuoteLine l = q.lines().get(i);
            lines.add(new LineView(
                    l.kind().name(),
                    l.description(),
                    l.quantity(),
                    l.unit(),
                    l.unitPrice(),
                    l.discountPercent(),
                    l.taxRate(),
                    l.productId(),
                    l.credit(),
                    totals.lineNets().get(i)));
        }
        return new QuoteView(
                q.id().value(),
                q.version(),
                q.number(),
                q.revision(),
                q.status(),
                q.thirdPartyId().value(),
                q.header().contactId(),
                d.thirdParty().ownerId().value(),
                totals.net(),
                totals.tax(),
                totals.gross(),
                q.currency().getCurrencyCode(),
                q.header().validUntil(),
                q.header().language(),
                q.header().introduction(),
                q.header().terms(),
                publicUrl,
                q.sentAt(),
                lines,
                totals.byRate(),
                d.revisions());
    }
}
