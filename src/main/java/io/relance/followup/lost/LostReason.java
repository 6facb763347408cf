package io.relance.followup.lost;

import java.util.List;
import java.util.Set;

/**
 * A reason a workspace offers for closing a negotiation as lost: one of the six built-in ones (their labels come from
 * the messages) or one an admin added (its {@code label} as typed). An inactive reason is no longer offered; losses
 * recorded with it keep it.
 */
public record LostReason(String key, String label, boolean active, LostReasonNeeds needs) {

    public static final String PRICE = "PRICE";
    public static final String TIMING = "TIMING";
    public static final String COMPETITOR = "COMPETITOR";
    public static final String NOT_INTERESTED = "NOT_INTERESTED";
    public static final String UNREACHABLE = "UNREACHABLE";
    public static final String OTHER = "OTHER";

    /** The reason the daily run records when a negotiation passes its time limit: never offered to people. */
    public static final String TIMED_OUT = "TIMED_OUT";

    /** The built-in reasons, in their default order. */
    public static final List<String> BUILT_IN = List.of(PRICE, TIMING, COMPETITOR, NOT_INTERESTED, UNREACHABLE, OTHER);

    /** Keys no admin may give his own reason. */
    public static final Set<String> RESERVED = Set.of(TIMED_OUT);

    /** The six built-in reasons, all offered: a workspace's list until an admin saves it. */
    public static final List<LostReason> DEFAULTS = BUILT_IN.stream()
            .map(k -> new LostReason(k, null, true, needsOf(k)))
            .toList();

    public boolean builtIn() {
        return BUILT_IN.contains(key);
    }

    /** What a built-in reason asks for; nothing for another. */
    public static LostReasonNeeds needsOf(String key) {
        return switch (key) {
            case COMPETITOR -> LostReasonNeeds.COMPETITOR;
            case OTHER -> LostReasonNeeds.COMMENT;
            default -> LostReasonNeeds.NOTHING;
        };
    }

    /** The message key of a built-in reason's label (TIMED_OUT's too). */
    public static String messageKey(String key) {
        return "followup.lost.reason." + key;
    }
}
