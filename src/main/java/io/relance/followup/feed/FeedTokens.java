package io.relance.followup.feed;

import io.relance.shared.WorkspaceId;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The token of a feed: 16 bytes naming the workspace (so the lookup by token is routed to the workspace's shard on
 * Citus, no global index needed) and 32 random bytes from {@link SecureRandom} (256 bits nobody can guess), in
 * URL-safe Base64 without padding: 64 characters of {@code A–Z a–z 0–9 - _}.
 */
final class FeedTokens {

    static final int WORKSPACE_BYTES = 16;
    static final int SECRET_BYTES = 32;
    static final int LENGTH = 64;

    private static final SecureRandom RANDOM = new SecureRandom();

    private FeedTokens() {}

    static String newToken(WorkspaceId workspace) {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        UUID ws = workspace.value();
        ByteBuffer token = ByteBuffer.allocate(WORKSPACE_BYTES + SECRET_BYTES)
                .putLong(ws.getMostSignificantBits())
                .putLong(ws.getLeastSignificantBits())
                .put(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token.array());
    }

    /** The workspace a token names; empty when it is not a token's shape (then no database lookup at all). */
    static Optional<WorkspaceId> workspaceOf(String token) {
        if (token == null || token.length() != LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = token.charAt(i);
            boolean ok =
                    (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok) {
                return Optional.empty();
            }
        }
        ByteBuffer bytes = ByteBuffer.wrap(Base64.getUrlDecoder().decode(token));
        return Optional.of(new WorkspaceId(new UUID(bytes.getLong(), bytes.getLong())));
    }
}
