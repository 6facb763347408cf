package io.relance.party.core;

/** Where a third party came from. */
public enum Source {
    MANUAL,
    IMPORT,
    INQUIRY,
    API
}
