package io.relance.tracking;

/** The follow-up advice, by priority when several apply (the first wins). */
public enum AdviceCode {
    /** Opened again after a dormant spell (14+ days without opens): reconnect now. */
    RECONNECT,
    /** The validity ends within a few days (3). */
    EXPIRES_SOON,
    /** Opened on 3 or more of the last 5 days: very interested, leave it quiet (hot). */
    LEAVE_QUIET,
    /** Opened, last open 3+ days ago, no answer: call and ask what they think. */
    CALL_AFTER_SILENCE,
    /** Sent, never opened, 3+ days since sending: make sure it arrived (SMS or e-mail). */
    NOT_OPENED
}
