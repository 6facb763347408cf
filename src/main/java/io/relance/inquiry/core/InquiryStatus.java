package io.relance.inquiry.core;

/** Where an inquiry stands: matched by itself, waiting for a person, assigned by one, or unreadable. */
public enum InquiryStatus {
    MATCHED,
    UNMATCHED,
    PROCESSED,
    FAILED
}
