package io.relance.followup.lost;

/** What a lost reason asks for besides itself. */
public enum LostReasonNeeds {
    NOTHING,
    /** The competitor's name ({@code COMPETITOR}). */
    COMPETITOR,
    /** A comment saying what happened ({@code OTHER}). */
    COMMENT
}
