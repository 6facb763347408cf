package io.relance.tracking;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the subject's owner knows for the advice: when it was sent (null: not sent), until when it is valid (null:
 * no limit), whether it is still open (not accepted, declined, cancelled or expired), and when the client last
 * answered (a question on the public page, later a call logged…; null: never). {@link FollowUpAdvisor} adds the
 * answers tracking recorded itself ({@link Engagements#answered}), so a caller that knows of none gives null.
 */
public record AdviceFacts(Instant sentAt, LocalDate validUntil, boolean open, Instant lastAnswerAt) {

    /** The same facts with the later of this answer and {@code other} (either may be null). */
    public AdviceFacts answeredAt(Instant other) {
        if (other == null || (lastAnswerAt != null && !other.isAfter(lastAnswerAt))) {
            return this;
        }
        return new AdviceFacts(sentAt, validUntil, open, other);
    }

    /** Whether the client answered at or after {@code at} ("no answer since the last open" is its negation). */
    public boolean answeredSince(Instant at) {
        return lastAnswerAt != null && !lastAnswerAt.isBefore(at);
    }
}
