package io.relance.party.search;

/** Why an existing third party may be the one being typed, the strongest hint first. */
public enum DuplicateReason {
    /** The same e-mail, whatever its case. */
    EMAIL,
    /** The same phone number (E.164), as a phone or a mobile, whatever its format. */
    PHONE,
    /** The names match once folded: the same, or one starts with the other's words. */
    NAME
}
