package io.relance.tracking.counting;

import io.relance.tracking.IgnoredReason;

/** Where a visit stands: waiting for its script, counted, or ignored with a reason. */
public enum VisitStatus {
    /** Fetched, no script event yet (ignored as {@link IgnoredReason#NO_SCRIPT} until one comes). */
    PENDING(IgnoredReason.NO_SCRIPT),
    /** Fetched within seconds of sending and no script yet: a mail scanner on delivery, unless a script shows up. */
    EARLY(IgnoredReason.BOT),
    /** The script ran, the page was not visible long enough and nobody interacted (yet). */
    BRIEF(IgnoredReason.BRIEF),
    /** Counted: a new open. */
    OPEN(null),
    /** Counted as part of the same device's open of the last 30 minutes. */
    SAME_OPEN(null),
    INTERNAL(IgnoredReason.INTERNAL),
    BOT(IgnoredReason.BOT),
    AUTOMATED(IgnoredReason.AUTOMATED);

    private final IgnoredReason reason;

    VisitStatus(IgnoredReason reason) {
        this.reason = reason;
    }

    /** Why it is not counted; null when counted. */
    public IgnoredReason reason() {
        return reason;
    }

    public boolean counted() {
        return reason == null;
    }

    /** Internal, bot or automated: nothing the script says changes it. */
    public boolean settled() {
        return this == INTERNAL || this == BOT || this == AUTOMATED;
    }
}
