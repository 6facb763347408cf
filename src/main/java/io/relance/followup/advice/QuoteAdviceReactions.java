package io.relance.followup.advice;

import io.relance.quote.QuoteAccepted;
import io.relance.quote.QuoteCancelled;
import io.relance.quote.QuoteDeclined;
import io.relance.quote.QuoteExpired;
import io.relance.quote.QuoteId;
import io.relance.quote.QuoteRevised;
import io.relance.quote.QuoteSent;
import io.relance.tracking.LinksOpened;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A quote's advice task follows the quote at once, not only at the daily run: an open (a reconnect is due now) or a
 * send looks at its advice again; an answer (accepted, declined, cancelled, expired) closes its task. Each reaction
 * runs after the event's transaction, in its own, and survives a crash (the event publication registry).
 */
@Component
class QuoteAdviceReactions {

    private final QuoteAdviceTasks advice;

    QuoteAdviceReactions(QuoteAdviceTasks advice) {
        this.advice = advice;
    }

    /** A batch's opens: the opened quotes looked at again as one set. */
    @ApplicationModuleListener
    void on(LinksOpened e) {
        if (QuoteId.SUBJECT.equals(e.subjectType())) {
            advice.refresh(
                    e.workspace(),
                    e.opens().stream()
                            .map(o -> new QuoteId(o.subjectId()))
                            .distinct()
                            .toList());
        }
    }

    @ApplicationModuleListener
    void on(QuoteSent e) {
        advice.refresh(e.workspaceId(), e.quoteId());
    }

    @ApplicationModuleListener
    void on(QuoteRevised e) {
        advice.refresh(e.workspaceId(), e.quoteId());
    }

    @ApplicationModuleListener
    void on(QuoteAccepted e) {
        advice.answered(e.workspaceId(), e.quoteId());
    }

    @ApplicationModuleListener
    void on(QuoteDeclined e) {
        advice.answered(e.workspaceId(), e.quoteId());
    }

    @ApplicationModuleListener
    void on(QuoteCancelled e) {
        advice.answered(e.workspaceId(), e.quoteId());
    }

    @ApplicationModuleListener
    void on(QuoteExpired e) {
        advice.answered(e.workspaceId(), e.quoteId());
    }
}
