package io.relance.workspace.security;

import io.relance.shared.Db;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts failed sign-ins per account and per address in the database, so every app node sees them. */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private record Failures(int count, Instant last, Instant blockedUntil) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static String accountKey(String email) {
        return "account:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }

    /** Refuses the attempt while the account or the address must wait. */
    void check(String email, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (String key : new String[] {accountKey(email), addressKey(address)}) {
            Optional<Failures> failures = find(key);
            if (failures.isPresent()
                    && failures.get().blockedUntil() != null
                    && failures.get().blockedUntil().isAfter(now)) {
                Duration left = Duration.between(now, failures.get().blockedUntil());
                wait = left.compareTo(wait) > 0 ? left : wait;
            }
        }
        if (!wait.isZero()) {
            throw new LoginBlockedException(wait);
        }
    }

    void recordFailure(String email, String address) {
        record(accountKey(email), LoginThrottlePolicy.PER_ACCOUNT);
        record(addressKey(address), LoginThrottlePolicy.PER_ADDRESS);
    }

    void recordSuccess(String email) {
        jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = ?")
                .param(accountKey(email))
                .update();
    }

    /** Forgets failures nobody needs any more: not blocking now, and older than the quiet spell. */
    int forgetStale() {
        Instant now = clock.instant();
        Duration quiet =
                LoginThrottlePolicy.PER_ACCOUNT.forgetAfter().compareTo(LoginThrottlePolicy.PER_ADDRESS.forgetAfter())
                                > 0
                        ? LoginThrottlePolicy.PER_ACCOUNT.forgetAfter()
                        : LoginThrottlePolicy.PER_ADDRESS.forgetAfter();
        return jdbc.sql("""
                DELETE FROM login_throttle
                WHERE last_failure_at < ? AND (blocked_until IS NULL OR blocked_until < ?)""").params(Db.ts(now.minus(quiet)), Db.ts(now)).update();
    }

    private void record(String key, LoginThrottlePolicy policy) {
        Instant now = clock.instant();
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<Failures> current = find(key);
            int count = current.filter(f -> f.last().plus(policy.forgetAfter()).isAfter(now))
                            .map(Failures::count)
                            .orElse(0)
                    + 1;
            Duration wait = policy.waitAfter(count);
            Instant blockedUntil = wait.isZero() ? null : now.plus(wait);
            if (count == policy.blockAfter()) {
                log.warn("Sign-in blocked for {} after {} failures", key, count);
            }
            if (current.isPresent()) {
                int rows = jdbc.sql("""
                        UPDATE login_throttle SET failures = ?, last_failure_at = ?, blocked_until = ?
                        WHERE throttle_key = ? AND failures = ?""")
                        .params(
                                count,
                                Db.ts(now),
                                Db.ts(blockedUntil),
                                key,
                                current.get().count())
                        .update();
                if (rows == 1) {
                    return;
                }
            } else {
                try {
                    jdbc.sql("""
                            INSERT INTO login_throttle (throttle_key, failures, last_failure_at, blocked_until)
                            VALUES (?, ?, ?, ?)""")
                            .params(key, count, Db.ts(now), Db.ts(blockedUntil))
                            .update();
                    return;
                } catch (DuplicateKeyException raced) {
                    // another node recorded a failure at the same moment: read again
                }
            }
        }
    }

    private Optional<Failures> find(String key) {
        return jdbc.sql("SELECT failures, last_failure_at, blocked_until FROM login_throttle WHERE throttle_key = ?")
                .param(key)
                .query((rs, n) -> new Failures(
                        rs.getInt("failures"), Db.instant(rs, "last_failure_at"), Db.instant(rs, "blocked_until")))
                .optional();
    }
}
