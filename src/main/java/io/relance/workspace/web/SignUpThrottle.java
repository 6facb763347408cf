package io.relance.workspace.web;

import io.relance.workspace.security.ThrottleCounts;
import io.relance.workspace.security.ThrottleCounts.Count;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Self-service sign-ups per client address, counted as the sign-in throttle counts ({@link ThrottleCounts}): five within a quarter of
 * an hour, then that address waits an hour. The address is the connection's, or the one a trusted proxy gives
 * ({@code server.forward-headers-strategy}), never a header anybody can send.
 */
@Component
record SignUpThrottle(ThrottleCounts counts, Clock clock) {

    static final int ALLOWED = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration BLOCK = Duration.ofHours(1);

    /** Counts an attempt from the address; answers how long it must wait, zero when it may go on. */
    Duration attempt(String address) {
        String key = "signup:" + (address == null ? "unknown" : address);
        Instant now = clock.instant();
        for (int tries = 0; tries < 3; tries++) {
            Optional<Count> current = counts.find(key);
            if (current.isPresent() && current.get().blocks(now)) {
                return Duration.between(now, current.get().blockedUntil());
            }
            boolean inWindow =
                    current.isPresent() && current.get().at().plus(WINDOW).isAfter(now);
            int count = inWindow ? current.get().count() + 1 : 1;
            Instant since = inWindow ? current.get().at() : now;
            Instant blockedUntil = count > ALLOWED ? now.plus(BLOCK) : null;
            if (counts.write(key, current, new Count(count, since, blockedUntil))) {
                return blockedUntil == null ? Duration.ZERO : BLOCK;
            }
        }
        return Duration.ZERO;
    }
}
