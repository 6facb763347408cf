package io.relance.messaging;

/**
 * A message the contact rules refuse outright (the third party must not be contacted, the sender may not contact
 * it): nothing is queued; the API answers 403 with the reasons.
 */
public class SendRefused extends RuntimeException {

    public SendRefused(String reasons) {
        super(reasons);
    }

    /** Why, in the sender's language. */
    public String reasons() {
        return getMessage();
    }
}
