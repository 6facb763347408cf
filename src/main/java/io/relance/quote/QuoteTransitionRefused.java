package io.relance.quote;

/**
 * A transition the quote's status does not allow (accepting an expired quote, cancelling an accepted one): the API
 * answers 409.
 */
public class QuoteTransitionRefused extends RuntimeException {

    private final QuoteStatus status;
    private final String action;

    public QuoteTransitionRefused(QuoteStatus status, String action) {
        super("A " + status + " quote cannot be " + action);
        this.status = status;
        this.action = action;
    }

    /** The status the quote was in. */
    public QuoteStatus status() {
        return status;
    }

    /** What was refused: {@code sent}, {@code accepted}, {@code declined}, {@code cancelled}, {@code edited}… */
    public String action() {
        return action;
    }
}
