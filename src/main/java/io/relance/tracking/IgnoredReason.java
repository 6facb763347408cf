package io.relance.tracking;

/** Why a visit was recorded but not counted as an open. */
public enum IgnoredReason {
    /** A signed-in user of the link's workspace (the sender checking his own quote). */
    INTERNAL,
    /** A known scanner or link preview (by user agent), a HEAD request, or a fetch within seconds of sending. */
    BOT,
    /** The page was fetched but its script never reported back. */
    NO_SCRIPT,
    /** The script ran but the page was visible less than the threshold (3 s) and nobody interacted. */
    BRIEF,
    /** An automated browser ({@code navigator.webdriver}). */
    AUTOMATED
}
