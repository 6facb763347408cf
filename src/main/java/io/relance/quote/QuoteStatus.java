package io.relance.quote;

/**
 * Where a quote stands: {@code DRAFT → SENT → ACCEPTED | DECLINED | EXPIRED}, and {@code CANCELLED} from a draft
 * or a sent quote. ACCEPTED, DECLINED, EXPIRED and CANCELLED are final.
 */
public enum QuoteStatus {
    DRAFT,
    SENT,
    ACCEPTED,
    DECLINED,
    EXPIRED,
    CANCELLED;

    /** No transition leaves a final status. */
    public boolean isFinal() {
        return this != DRAFT && this != SENT;
    }
}
