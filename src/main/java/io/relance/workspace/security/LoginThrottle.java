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

/**
 * Counts failed sign-ins in the database, so every app node sees them: per account from one address (a person
 * mistyping), per account from anywhere (guesses spread over addresses) and per address over every account (a
 * sprayer). The address is the connection's, or the client's as a trusted proxy gives it
 * ({@code server.forward-headers-strategy=native}), never a header the client sets itself.
 */
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
        String account = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        // a typed "e-mail" can be of any length: beyond an e-mail's, its hash stands for it (the key is bounded)
        return "account:" + (account.length() > 254 ? "#" + io.relance.shared.Hashes.sha256Hex(account) : account);
    }

    static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }

    static String pairKey(String email, String address) {
        return "pair:" + (address == null ? "unknown" : address) + "|"
                + accountKey(email).substring(8);
    }

    /** Refuses the attempt while the account or the address must wait. */
    void check(String email, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (String key : new String[] {pairKey(email, address), accountKey(email), addressKey(address)}) {
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
        record(pairKey(email, address), LoginThrottlePolicy.PER_ADDRESS_AND_ACCOUNT);
        record(accountKey(email), LoginThrottlePolicy.PER_ACCOUNT);
        record(addressKey(address), LoginThrottlePolicy.PER_ADDRESS);
    }

    void recordSuccess(String email, String address) {
        jdbc.sql("DELETE FROM login_throttle WHERE throttle_key IN (?, ?)")
                .params(accountKey(email), pairKey(email, address))
                .update();
    }

    /** Forgets failures nobody needs any more: not blocking now, and older than the quiet spell. */
    int forgetStale() {
        Instant now = clock.instant();
        Duration quiet = LoginThrottlePolicy.FORGET_AFTER;
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
