package io.relance.workspace.web;

import io.relance.shared.Db;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Self-service sign-ups per client address, in the database beside the sign-in throttle: five within a quarter of
 * an hour, then that address waits an hour. The address is the connection's, or the one a trusted proxy gives
 * ({@code server.forward-headers-strategy}), never a header anybody can send.
 */
@Component
class SignUpThrottle {

    static final int ALLOWED = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration BLOCK = Duration.ofHours(1);

    private record Attempts(int count, Instant since, Instant blockedUntil) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    SignUpThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts an attempt from the address; answers how long it must wait, zero when it may go on. */
    Duration attempt(String address) {
        String key = "signup:" + (address == null ? "unknown" : address);
        Instant now = clock.instant();
        for (int tries = 0; tries < 3; tries++) {
            Optional<Attempts> current = find(key);
            if (current.isPresent()
                    && current.get().blockedUntil() != null
                    && current.get().blockedUntil().isAfter(now)) {
                return Duration.between(now, current.get().blockedUntil());
            }
            boolean inWindow =
                    current.isPresent() && current.get().since().plus(WINDOW).isAfter(now);
            int count = inWindow ? current.get().count() + 1 : 1;
            Instant since = inWindow ? current.get().since() : now;
            Instant blockedUntil = count > ALLOWED ? now.plus(BLOCK) : null;
            if (current.isPresent()) {
                int rows = jdbc.sql("""
                        UPDATE login_throttle SET failures = ?, last_failure_at = ?, blocked_until = ?
                        WHERE throttle_key = ? AND failures = ?""")
                        .params(
                                count,
                                Db.ts(since),
                                Db.ts(blockedUntil),
                                key,
                                current.get().count())
                        .update();
                if (rows == 0) {
                    continue;
                }
            } else {
                try {
                    jdbc.sql("""
                            INSERT INTO login_throttle (throttle_key, failures, last_failure_at, blocked_until)
                            VALUES (?, ?, ?, ?)""")
                            .params(key, count, Db.ts(since), Db.ts(blockedUntil))
                            .update();
                } catch (DuplicateKeyException raced) {
                    continue;
                }
            }
            return blockedUntil == null ? Duration.ZERO : BLOCK;
        }
        return Duration.ZERO;
    }

    private Optional<Attempts> find(String key) {
        return jdbc.sql("SELECT failures, last_failure_at, blocked_until FROM login_throttle WHERE throttle_key = ?")
                .param(key)
                .query((rs, n) -> new Attempts(
                        rs.getInt("failures"), Db.instant(rs, "last_failure_at"), Db.instant(rs, "blocked_until")))
                .optional();
    }
}
