package io.relance.followup;

/**
 * The rules that create tasks, shown on the task ("planned by the classification Promising"). Each keeps at most
 * one open task per subject ({@link RuleTask#ruleKey()}).
 */
public enum FollowUpRule {
    /** The cadence of a classification: the next contact after its delay. */
    CLASSIFICATION,
    /** The follow-up advice of a sent quote (tracking). */
    QUOTE_ADVICE,
    /** A negotiation nears its time limit: decide or close. */
    NEGOTIATION_DEADLINE,
    /** After a loss (or a timed-out negotiation) and its pause: call again. */
    CALL_AGAIN,
    /** A customer without contact for months: check in. */
    CHECK_IN
}
