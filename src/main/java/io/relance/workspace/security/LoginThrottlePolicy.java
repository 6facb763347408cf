package io.relance.workspace.security;

import java.time.Duration;

/**
 * How long sign-ins wait after repeated failures: free at first, then slowed (the wait doubles with each
 * failure), then blocked for a while. Failures are forgotten after a quiet spell.
 */
record LoginThrottlePolicy(
        int freeFailures, Duration firstDelay, int blockAfter, Duration blockFor, Duration forgetAfter) {

    /** Per account: a person mistyping gets three tries, then waits, then is blocked after ten. */
    static final LoginThrottlePolicy PER_ACCOUNT =
            new LoginThrottlePolicy(3, Duration.ofSeconds(2), 10, Duration.ofMinutes(15), Duration.ofMinutes(15));

    /** Per address: an office behind one address has more room, a password sprayer does not. */
    static final LoginThrottlePolicy PER_ADDRESS =
            new LoginThrottlePolicy(10, Duration.ofSeconds(2), 30, Duration.ofMinutes(15), Duration.ofMinutes(15));

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
