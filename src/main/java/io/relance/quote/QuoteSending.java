package io.relance.quote;

import io.relance.quote.core.QuoteTransitions;
import io.relance.shared.RelanceUser;
import org.springframework.stereotype.Service;

/**
 * Records that a quote went to its client: the messaging module calls it inside the transaction that writes the
 * e-mail to its outbox (a "copy link" counts too). A draft becomes SENT; a sent one is sent again (its
 * {@code sentAt} moves). Any other status is refused ({@link QuoteTransitionRefused}, 409).
 */
@Service
public class QuoteSending {

    private final QuoteTransitions transitions;

    QuoteSending(QuoteTransitions transitions) {
        this.transitions = transitions;
    }

    /** Marks the quote sent, as this user (who must see it: else 404); publishes {@link QuoteSent}. */
    public QuoteSummary markSent(RelanceUser me, QuoteId id) {
        return transitions.markSent(me, id);
    }
}
