package io.relance.inquiry.core;

/** Why an inquiry waits for a person: its reference names no object, or several contacts have its e-mail or phone. */
public enum UnmatchedReason {
    OBJECT_NOT_FOUND,
    CONTACT_AMBIGUOUS
}
