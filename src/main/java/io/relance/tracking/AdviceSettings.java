package io.relance.tracking;

/**
 * The numbers of the follow-up advice, per workspace (days). Each between 1 and 365, and the hot rule's days at
 * most its window.
 */
public record AdviceSettings(
        int notOpenedDays,
        int silenceDays,
        int hotOpenDays,
        int hotWindowDays,
        int dormantDays,
        int expiresSoonDays,
        long version) {

    public static final AdviceSettings DEFAULTS = new AdviceSettings(3, 3, 3, 5, 14, 3, 0);
}
