package io.relance.workspace.security;

import io.relance.workspace.security.ThrottleCounts.Count;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private final ThrottleCounts counts;
    private final Clock clock;

    LoginThrottle(ThrottleCounts counts, Clock clock) {
        this.counts = counts;
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
            Optional<Count> failures = counts.find(key);
            if (failures.isPresent() && failures.get().blocks(now)) {
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
        counts.forget(accountKey(email), pairKey(email, address));
    }

    /** Forgets failures nobody needs any more: not blocking now, and older than the quiet spell. */
    int forgetStale() {
        Instant now = clock.instant();
        return counts.forgetStale(now.minus(LoginThrottlePolicy.FORGET_AFTER), now);
    }

    private void record(String key, LoginThrottlePolicy policy) {
        Instant now = clock.instant();
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<Count> current = counts.find(key);
            int count = current.filter(f -> f.at().plus(policy.forgetAfter()).isAfter(now))
                            .map(Count::count)
                            .orElse(0)
                    + 1;
            Duration wait = policy.waitAfter(count);
            if (count == policy.blockAfter()) {
                log.warn("Sign-in blocked for {} after {} failures", key, count);
            }
            if (counts.write(key, current, new Count(count, now, wait.isZero() ? null : now.plus(wait)))) {
                return;
            }
        }
    }
}
