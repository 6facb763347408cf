package io.relance.workspace.security;

import java.time.Duration;

/**
 * How long sign-ins wait after repeated failures: free at first, then slowed (the wait doubles with each
 * failure), then blocked for a while. Failures are forgotten after a quiet spell.
 */
record LoginThrottlePolicy(
        int freeFailures, Duration firstDelay, int blockAfter, Duration blockFor, Duration forgetAfter) {

    /**
     * Per account from one address: a person mistyping gets three tries, then waits 2, 4, 8… seconds, then that
     * address is blocked for this account for 15 minutes after ten.
     */
    static final LoginThrottlePolicy PER_ADDRESS_AND_ACCOUNT =
            new LoginThrottlePolicy(3, Duration.ofSeconds(2), 10, Duration.ofMinutes(15), Duration.ofMinutes(15));

    /** Per account from anywhere: guesses spread over many addresses are slowed after ten, blocked after thirty. */
    static final LoginThrottlePolicy PER_ACCOUNT =
            new LoginThrottlePolicy(10, Duration.ofSeconds(2), 30, Duration.ofMinutes(15), Duration.ofMinutes(15));

    /**
     * Per address over every account: only a sprayer trying a hundred accounts is slowed; an office (or a proxy)
     * with a few mistyped e-mails does not lock anyone out.
     */
    static final LoginThrottlePolicy PER_ADDRESS =
            new LoginThrottlePolicy(100, Duration.ofSeconds(1), 300, Duration.ofMinutes(15), Duration.ofMinutes(15));

    static final Duration FORGET_AFTER = Duration.ofMinutes(15);

    /** The wait imposed after the given number of consecutive failures. */
    Duration waitAfter(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        if (failures >= blockAfter) {
            return blockFor;
        }
        Duration delay = firstDelay.multipliedBy(1L << Math.min(20, failures - freeFailures));
        return delay.compareTo(blockFor) > 0 ? blockFor : delay;
    }
}
