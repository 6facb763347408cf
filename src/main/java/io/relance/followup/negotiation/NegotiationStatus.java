package io.relance.followup.negotiation;

/** Where a negotiation stands: open until an agreement or a loss. */
public enum NegotiationStatus {
    OPEN,
    AGREED,
    LOST
}
