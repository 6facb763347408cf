package io.relance.tracking.web;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) for the page events, per link token and per client address, kept by each node in memory
 * (the most recently used 100,000 of each; a forgotten bucket starts full again). A page sends a few events a
 * minute (one after 3 s, a heartbeat every 15 s while visible, one on hide), so the limits are far above a person's
 * use and well below a flood. A bucket fills up again once a minute (counted from its first use). Several app nodes
 * each allow the limit.
 */
@Component
class EventRateLimits {

    /** Whether the event may go on, and else in how many seconds to try again. */
    record Verdict(boolean allowed, long retryAfterSeconds) {}

    private static final int MAX_KEYS = 100_000;

    private final Map<String, Bucket> byToken = lru();
    private final Map<String, Bucket> byAddress = lru();
    private final int perTokenPerMinute;
    private final int perAddressPerMinute;

    EventRateLimits(
            @Value("${relance.tracking.events.per-token-per-minute:120}") int perTokenPerMinute,
            @Value("${relance.tracking.events.per-address-per-minute:600}") int perAddressPerMinute) {
        this.perTokenPerMinute = perTokenPerMinute;
        this.perAddressPerMinute = perAddressPerMinute;
    }

    Verdict byAddress(String address) {
        return take(byAddress, address == null ? "" : address, perAddressPerMinute);
    }

    Verdict byToken(String token) {
        return take(byToken, token, perTokenPerMinute);
    }

    private static Verdict take(Map<String, Bucket> buckets, String key, int perMinute) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(
                    key,
                    k -> Bucket.builder()
                            .addLimit(limit ->
                                    limit.capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1)))
                            .build());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Verdict(true, 0);
        }
        return new Verdict(
                false,
                Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
    }

    private static Map<String, Bucket> lru() {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > MAX_KEYS;
            }
        };
    }
}
