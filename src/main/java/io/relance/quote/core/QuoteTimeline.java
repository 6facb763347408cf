package io.relance.quote.core;

import io.relance.history.HistoryEvent;
import io.relance.history.HistoryManagement;
import io.relance.history.Target;
import io.relance.quote.QuoteAccepted;
import io.relance.quote.QuoteCancelled;
import io.relance.quote.QuoteCreated;
import io.relance.quote.QuoteDeclined;
import io.relance.quote.QuoteEntryTypes;
import io.relance.quote.QuoteEvent;
import io.relance.quote.QuoteExpired;
import io.relance.quote.QuoteRevised;
import io.relance.quote.QuoteSent;
import io.relance.shared.UserId;
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
        record(e, QuoteEntryTypes.CREATED, e.by(), null, Map.of());
    }

    @EventListener
    void on(QuoteSent e) {
        record(e, QuoteEntryTypes.SENT, e.by(), e.at(), Map.of());
    }

    @EventListener
    void on(QuoteRevised e) {
        record(e, QuoteEntryTypes.REVISED, e.by(), e.at(), Map.of());
    }

    @EventListener
    void on(QuoteAccepted e) {
        record(e, QuoteEntryTypes.ACCEPTED, null, e.at(), Map.of("signer", e.signerName()));
    }

    @EventListener
    void on(QuoteDeclined e) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("reason", e.reason());
        if (e.comment() != null) {
            extra.put("comment", e.comment());
        }
        record(e, QuoteEntryTypes.DECLINED, null, e.at(), extra);
    }

    @EventListener
    void on(QuoteExpired e) {
        record(e, QuoteEntryTypes.EXPIRED, null, e.at(), Map.of());
    }

    @EventListener
    void on(QuoteCancelled e) {
        record(e, QuoteEntryTypes.CANCELLED, e.by(), e.at(), Map.of());
    }

    private void record(QuoteEvent e, String kind, UserId by, Instant at, Map<String, Object> extra) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("quoteId", e.quoteId().value().toString());
        snapshot.put("number", e.number());
        snapshot.put("revision", e.revision());
        snapshot.putAll(extra);
        history.record(
                e.workspaceId().value(),
                HistoryEvent.of(
                                QuoteEntryTypes.target(e.quoteId()),
                                kind,
                                e.number(),
                                by == null ? null : by.value(),
                                at)
                        .withSnapshot(snapshot)
                        .alsoOn(Target.thirdParty(e.thirdPartyId().value())));
    }
}
