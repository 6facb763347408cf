package io.relance.followup;

import java.time.Instant;
import java.util.List;

/**
 * Whether contacting a third party now (or at the instant asked) keeps its contact rules: {@code allowed} when no
 * refusal and no hold applies (preferences only warn); {@code reasons} says which rules it breaks, in the reader's
 * language; {@code allowedFrom} is the earliest instant at which every hold allows it (the instant asked when
 * allowed; null when a refusal applies, or when no instant within a few weeks would do).
 */
public record ContactCheck(boolean allowed, List<Reason> reasons, Instant allowedFrom) {

    public ContactCheck {
        reasons = List.copyOf(reasons);
    }

    /** One rule broken: which, what it does ({@code REFUSAL}, {@code HOLD}, {@code PREFERENCE}), why, until when. */
    public record Reason(ContactRule rule, ContactRule.Effect effect, String message, Instant until) {}

    /** Whether a rule refuses it outright (no instant would do). */
    public boolean refused() {
        return reasons.stream().anyMatch(r -> r.effect() == ContactRule.Effect.REFUSAL);
    }

    /** Whether it breaks any rule, preferences included: something to warn about. */
    public boolean warns() {
        return !reasons.isEmpty();
    }
}
