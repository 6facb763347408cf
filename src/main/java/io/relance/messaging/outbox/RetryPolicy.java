package io.relance.messaging.outbox;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a failed e-mail is tried again: after {@code firstDelay}, then twice as long each time, never longer than
 * {@code maxDelay}; after {@code maxAttempts} attempts, or at once when the server refused it for good (a 5xx
 * reply), it is given up. Defaults: 1 min, 2, 4… capped at 4 h, 10 attempts (about 12 hours in all).
 */
@Component
public class RetryPolicy {

    private final Duration firstDelay;
    private final Duration maxDelay;
    private final int maxAttempts;

    public RetryPolicy(
            @Value("${relance.mail.retry.first-delay:PT1M}") Duration firstDelay,
            @Value("${relance.mail.retry.max-delay:PT4H}") Duration maxDelay,
            @Value("${relance.mail.retry.max-attempts:10}") int maxAttempts) {
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.maxAttempts = maxAttempts;
    }

    /** The wait before the next attempt, after {@code attempts} failed ones (1 or more). */
    public Duration delayAfter(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** Whether to give up after {@code attempts} failed ones, the last one {@code permanent} or not. */
    public boolean givesUp(int attempts, boolean permanent) {
        return permanent || attempts >= maxAttempts;
    }

    public int maxAttempts() {
        return maxAttempts;
    }
}
