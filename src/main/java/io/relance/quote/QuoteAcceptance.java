package io.relance.quote;

import io.relance.quote.core.QuoteTransitions;
import io.relance.shared.WorkspaceId;
import org.springframework.stereotype.Service;

/**
 * The client's answer, given on the public page (the tracking module's): accept or decline a SENT quote. Both are
 * idempotent (a double click accepts once and answers the same); after the validity date, or once the quote is
 * cancelled, declined or accepted the other way, they are refused ({@link QuoteTransitionRefused}, 409).
 */
@Service
public class QuoteAcceptance {

    private final QuoteTransitions transitions;

    QuoteAcceptance(QuoteTransitions transitions) {
        this.transitions = transitions;
    }

    /** Accepts the quote's current revision; publishes {@link QuoteAccepted} (the third party becomes a customer). */
    public QuoteSummary accept(WorkspaceId workspace, QuoteId id, Acceptance acceptance) {
        return transitions.accept(workspace, id, acceptance);
    }

    /** Declines it with a reason (a short code from the page's list) and an optional comment. */
    public QuoteSummary decline(WorkspaceId workspace, QuoteId id, String reason, String comment) {
        return transitions.decline(workspace, id, reason, comment);
    }
}
