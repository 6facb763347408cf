package io.relance.followup;

/**
 * One rule of contacting a third party, and what breaking it does: a refusal (nobody may, whatever the time), a
 * hold (not before a later instant), or a preference (a warning only).
 */
public enum ContactRule {
    /** The third party's status is {@code DO_NOT_CONTACT}. */
    DO_NOT_CONTACT(Effect.REFUSAL),
    /** The contact asked not to be called (calls only). */
    DO_NOT_CALL(Effect.REFUSAL),
    /** The contact opted out of marketing e-mail (campaigns and marketing sends only). */
    MARKETING_OPT_OUT(Effect.REFUSAL),
    /** Only the owner, a manager, or a rep with an active special case contacts the third party. */
    EXCLUSIVITY(Effect.REFUSAL),
    /** At least N days between two outbound contacts. */
    MIN_DAYS_BETWEEN(Effect.HOLD),
    /** At most N outbound contacts in any 30 days. */
    MAX_PER_30_DAYS(Effect.HOLD),
    /** Only within the contact hours, never on a quiet day, in the contact's time zone. */
    QUIET_HOURS(Effect.HOLD),
    /** The channel the contact prefers. */
    PREFERRED_CHANNEL(Effect.PREFERENCE),
    /** The days and parts of the day the contact prefers. */
    PREFERRED_WINDOW(Effect.PREFERENCE);

    /** What breaking a rule does. */
    public enum Effect {
        REFUSAL,
        HOLD,
        PREFERENCE
    }

    private final Effect effect;

    ContactRule(Effect effect) {
        this.effect = effect;
    }

    public Effect effect() {
        return effect;
    }
}
