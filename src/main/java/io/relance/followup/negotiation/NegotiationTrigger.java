package io.relance.followup.negotiation;

/** What started a negotiation. */
public enum NegotiationTrigger {
    /** The first outbound contact with a prospect (a call, e-mail, SMS, visit or meeting logged, a contact task done). */
    CONTACT,
    /** Its prospect status became {@code IN_PROGRESS}. */
    STATUS,
    /** A quote was sent to it. */
    QUOTE
}
