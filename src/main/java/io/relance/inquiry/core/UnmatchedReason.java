package io.relance.inquiry.core;

/**
 * Why an inquiry waits for a person: its reference names no object, several contacts have its e-mail or phone, or (a
 * portal's) it gives neither an e-mail nor a usable phone.
 */
public enum UnmatchedReason {
    OBJECT_NOT_FOUND,
    CONTACT_AMBIGUOUS,
    NO_CONTACT_DETAILS
}
