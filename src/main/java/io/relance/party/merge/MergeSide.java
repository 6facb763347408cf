package io.relance.party.merge;

/** Whose value the survivor keeps for one field of a merge. */
public enum MergeSide {
    /** The survivor's own value, even an empty one. */
    SURVIVOR,
    /** The duplicate's value. */
    DUPLICATE
}
