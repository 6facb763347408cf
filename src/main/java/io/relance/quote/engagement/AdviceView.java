package io.relance.quote.engagement;

import io.relance.tracking.AdviceCode;

/**
 * A quote's current follow-up advice as pages show it: its code, its sentence in the reader's language, and whether
 * it marks the quote hot (opened again and again) or back again (reopened after a silence).
 */
public record AdviceView(AdviceCode code, String message) {

    public boolean hot() {
        return code == AdviceCode.LEAVE_QUIET;
    }

    public boolean backAgain() {
        return code == AdviceCode.RECONNECT;
    }
}
