package io.relance.party;

/** Where a third party came from. */
public enum Source {
    MANUAL,
    IMPORT,
    INQUIRY,
    API
}
