package io.relance.quote.core;

import io.relance.history.HistoryEvent;
import io.relance.history.HistoryManagement;
import io.relance.history.Target;
import io.relance.party.ThirdPartyId;
import io.relance.quote.QuoteAccepted;
import io.relance.quote.QuoteCancelled;
import io.relance.quote.QuoteCreated;
import io.relance.quote.QuoteDeclined;
import io.relance.quote.QuoteEntryTypes;
import io.relance.quote.QuoteExpired;
import io.relance.quote.QuoteId;
import io.relance.quote.QuoteRevised;
import io.relance.quote.QuoteSent;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every quote event on the quote's timeline, shown on its third party's too (one entry, two records). It
 * listens inside the transaction that changed the quote, so the entry and the change commit together. The snapshot
 * keeps what the entry's fragment shows (number, revision, the client's name or reason).
 */
@Component
class QuoteTimeline {

    private final HistoryManagement history;

    QuoteTimeline(HistoryManagement history) {
        this.history = history;
    }

    @EventListener
    void on(QuoteCreated e) {
        record(
                e.workspaceId(),
                e.quoteId(),
                e.thirdPartyId(),
                QuoteEntryTypes.CREATED,
                e.number(),
                1,
                e.by(),
                null,
                Map.of());
    }

    @EventListener
    void on(QuoteSent e) {
        record(
                e.workspaceId(),
                e.quoteId(),
                e.thirdPartyId(),
                QuoteEntryTypes.SENT,
                e.number(),
                e.revision(),
                e.by(),
                e.at(),
                Map.of());
    }

    @EventListener
    void on(QuoteRevised e) {
        record(
                e.workspaceId(),
                e.quoteId(),
                e.thirdPartyId(),
                QuoteEntryTypes.REVISED,
                e.number(),
                e.revision(),
                e.by(),
                e.at(),
                Map.of());
    }

    @EventListener
    void on(QuoteAccepted e) {
        record(
                e.workspaceId(),
                e.quoteId(),
                e.thirdPartyId(),
                QuoteEntryTypes.ACCEPTED,
                e.number(),
                e.revision(),
                null,
                e.at(),
                Map.of("signer", e.signerName()));
    }

    @EventListener
    void on(QuoteDeclined e) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("reason", e.reason());
        if (e.comment() != null) {
            extra.put("comment", e.comment());
        }
        record(
                e.workspaceId(),
                e.quoteId(),
                e.thirdPartyId(),
                QuoteEntryTypes.DECLINED,
                e.number(),
                e.revision(),
                null,
                e.at(),
                extra);
    }

    @EventListener
    void on(QuoteExpired e) {
        record(
                e.workspaceId(),
                e.quoteId(),
                e.thirdPartyId(),
                QuoteEntryTypes.EXPIRED,
                e.number(),
                e.revision(),
                null,
                e.at(),
                Map.of());
    }

    @EventListener
    void on(QuoteCancelled e) {
        record(
                e.workspaceId(),
                e.quoteId(),
                e.thirdPartyId(),
                QuoteEntryTypes.CANCELLED,
                e.number(),
                e.revision(),
                e.by(),
                e.at(),
                Map.of());
    }

    private void record(
            WorkspaceId ws,
            QuoteId quote,
            ThirdPartyId thirdParty,
            String kind,
            String number,
            int revision,
            UserId by,
            Instant at,
            Map<String, Object> extra) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("quoteId", quote.value().toString());
        snapshot.put("number", number);
        snapshot.put("revision", revision);
        snapshot.putAll(extra);
        history.record(
                ws.value(),
                HistoryEvent.of(QuoteEntryTypes.target(quote), kind, number, by == null ? null : by.value(), at)
                        .withSnapshot(snapshot)
                        .alsoOn(Target.thirdParty(thirdParty.value())));
    }
}
