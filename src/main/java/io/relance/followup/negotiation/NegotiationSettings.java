package io.relance.followup.negotiation;

/**
 * A workspace's numbers for negotiations and reactivation: the time limit of a negotiation (days from its start) and
 * the "decide or close" warning before it (days), the pause before calling a lost third party again (months), and the
 * silence after which a customer gets a check-in task (months).
 */
public record NegotiationSettings(
        int timeLimitDays, int warningDays, int callAgainMonths, int checkInMonths, long version) {

    public static final NegotiationSettings DEFAULTS = new NegotiationSettings(90, 14, 3, 6, 0);

    public static final int MIN_LIMIT_DAYS = 7;
    public static final int MAX_LIMIT_DAYS = 730;
    public static final int MAX_MONTHS = 36;
}
