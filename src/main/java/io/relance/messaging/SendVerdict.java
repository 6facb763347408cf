package io.relance.messaging;

import java.time.Instant;
import java.util.Objects;

/**
 * What {@link SendingRules} answer: send now, hold {@code until} an instant, or refuse; {@code reasons} in the
 * sender's language (null to send).
 */
public record SendVerdict(Decision decision, Instant until, String reasons) {

    public enum Decision {
        SEND,
        HOLD,
        REFUSE
    }

    public SendVerdict {
        Objects.requireNonNull(decision, "decision");
        if (decision == Decision.HOLD) {
            Objects.requireNonNull(until, "until");
        }
    }

    public static SendVerdict send() {
        return new SendVerdict(Decision.SEND, null, null);
    }

    public static SendVerdict hold(Instant until, String reasons) {
        return new SendVerdict(Decision.HOLD, until, reasons);
    }

    public static SendVerdict refuse(String reasons) {
        return new SendVerdict(Decision.REFUSE, null, reasons);
    }
}
