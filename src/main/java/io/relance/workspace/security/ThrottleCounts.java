package io.relance.workspace.security;

import io.relance.shared.Db;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counts behind the sign-in and sign-up throttles, one row a key in the database, so every app node sees them.
 * A count is written only over the one it was computed from: two nodes counting at once, one of them reads again.
 */
@Component
public class ThrottleCounts {

    /** How many attempts, when (the last one, or the start of the window: the throttle's choice), blocked until. */
    public record Count(int count, Instant at, Instant blockedUntil) {

        public boolean blocks(Instant now) {
            return blockedUntil != null && blockedUntil.isAfter(now);
        }
    }

    private final JdbcClient jdbc;

    ThrottleCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Count> find(String key) {
        return jdbc.sql("SELECT failures, last_failure_at, blocked_until FROM login_throttle WHERE throttle_key = ?")
                .param(key)
                .query((rs, n) -> new Count(
                        rs.getInt("failures"), Db.instant(rs, "last_failure_at"), Db.instant(rs, "blocked_until")))
                .optional();
    }

    /** Writes {@code next} over {@code current}; false when another node wrote first (read again and retry). */
    public boolean write(String key, Optional<Count> current, Count next) {
        if (current.isPresent()) {
            return jdbc.sql("""
                            UPDATE login_throttle SET failures = ?, last_failure_at = ?, blocked_until = ?
                            WHERE throttle_key = ? AND failures = ?""")
                            .params(
                                    next.count(),
                                    Db.ts(next.at()),
                                    Db.ts(next.blockedUntil()),
                                    key,
                                    current.get().count())
                            .update()
                    == 1;
        }
        try {
            jdbc.sql("""
                    INSERT INTO login_throttle (throttle_key, failures, last_failure_at, blocked_until)
                    VALUES (?, ?, ?, ?)""")
                    .params(key, next.count(), Db.ts(next.at()), Db.ts(next.blockedUntil()))
                    .update();
            return true;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    /** Forgets these keys' counts (a successful sign-in). */
    public void forget(String... keys) {
        for (String key : keys) {
            jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = ?")
                    .param(key)
                    .update();
        }
    }

    /** Forgets counts nobody needs any more: not blocking at {@code now}, and last written before {@code before}. */
    public int forgetStale(Instant before, Instant now) {
        return jdbc.sql("""
                DELETE FROM login_throttle
                WHERE last_failure_at < ? AND (blocked_until IS NULL OR blocked_until < ?)""").params(Db.ts(before), Db.ts(now)).update();
    }
}
