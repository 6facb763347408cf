package io.relance.party;

/** Where the prospecting of a third party stands. */
public enum ProspectStatus {
    NEVER_CONTACTED,
    TO_CONTACT,
    IN_PROGRESS,
    CONTACTED,
    DO_NOT_CONTACT
}
