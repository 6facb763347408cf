package io.relance.workspace;

import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens: created (the secret shown once, kept as a SHA-256 hash), listed, revoked, authenticated. */
@Service
public class ApiTokenManagement {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenManagement.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration TOKEN_TOUCH_INTERVAL = Duration.ofMinutes(5);

    private final ApiTokens tokens;
    private final Users users;
    private final Clock clock;

    ApiTokenManagement(ApiTokens tokens, Users users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    public CreatedApiToken createToken(RelanceUser me, String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "validation.required");
        }
        if (name.strip().length() > 80) {
            throw new InvalidInputException("name", "validation.size.max", 80);
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = "rl_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken token = new ApiToken(Ids.newId(), name.strip(), secret.substring(0, 10), clock.instant(), null, null);
        tokens.insert(me.workspaceId(), me.userId(), token, io.relance.shared.Hashes.sha256Hex(secret));
        log.info("{} created API token '{}'", me.email(), token.name());
        return new CreatedApiToken(token, secret);
    }

    public List<ApiToken> tokens(RelanceUser me) {
        return tokens.listForUser(me.workspaceId(), me.userId());
    }

    @Transactional
    public void revokeToken(RelanceUser me, UUID id) {
        if (!tokens.revoke(me.workspaceId(), me.userId(), id, clock.instant())) {
            throw new NotFoundException();
        }
        log.info("{} revoked API token {}", me.email(), id);
    }

    /**
     * The active user a bearer token belongs to; empty for an unknown or revoked token or an inactive user. Neither
     * the token nor the user is read from the database on every request: both are kept a few seconds by this node
     * ({@link ApiTokens}, the workspace's members), forgotten at once when this node revokes a token or changes a
     * user; a revocation or a deactivation on another node takes effect here within five seconds.
     */
    public Optional<RelanceUser> authenticateToken(String secret) {
        Optional<ApiTokens.Active> found = tokens.findActiveByHash(io.relance.shared.Hashes.sha256Hex(secret));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiTokens.Active token = found.get();
        Instant now = clock.instant();
        if (token.lastUsedAt() == null
                || token.lastUsedAt().plus(TOKEN_TOUCH_INTERVAL).isBefore(now)) {
            tokens.touch(token, now);
        }
        for (User user : users.members(token.workspaceId())) {
            if (user.id().equals(token.userId())) {
                return user.active() ? Optional.of(user.principal()) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
