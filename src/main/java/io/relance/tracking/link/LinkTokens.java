package io.relance.tracking.link;

import io.relance.shared.WorkspaceId;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token of a link: 16 bytes naming the workspace (so a lookup by token is routed to the workspace's shard on
 * Citus, no global index needed) and 24 bytes of HMAC-SHA256, under the workspace's key, of a 32-byte random nonce
 * (SecureRandom) — 192 bits nobody can guess without the key — in URL-safe Base64 without padding (54 characters).
 *
 * <p>Only the nonce and the token's SHA-256 are stored: the database alone does not give the token back, but the
 * application, holding the key, can rebuild the link for "copy link" and later e-mails.
 */
public final class LinkTokens {

    static final int WORKSPACE_BYTES = 16;
    static final int SECRET_BYTES = 24;
    static final int TOKEN_BYTES = WORKSPACE_BYTES + SECRET_BYTES;
    static final int TOKEN_LENGTH = 54;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private LinkTokens() {}

    /** A fresh random nonce (32 bytes) in Base64. */
    public static String newNonce() {
        return ENCODER.encodeToString(randomBytes(32));
    }

    /** A fresh random key (32 bytes) in Base64. */
    public static String newKey() {
        return ENCODER.encodeToString(randomBytes(32));
    }

    public static String token(WorkspaceId workspace, byte[] key, String nonce) {
        byte[] ws = uuidBytes(workspace.value());
        byte[] mac = hmac(key, ws, nonce.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        ByteBuffer token = ByteBuffer.allocate(TOKEN_BYTES);
        token.put(ws).put(mac, 0, SECRET_BYTES);
        return ENCODER.encodeToString(token.array());
    }

    /** The workspace a token names, or empty when it is not a token's shape (no database lookup then). */
    public static Optional<WorkspaceId> workspaceOf(String token) {
        if (token == null || token.length() != TOKEN_LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            boolean ok =
                    (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok) {
                return Optional.empty();
            }
        }
        byte[] bytes = Base64.getUrlDecoder().decode(token);
        ByteBuffer ws = ByteBuffer.wrap(bytes, 0, WORKSPACE_BYTES);
        return Optional.of(new WorkspaceId(new UUID(ws.getLong(), ws.getLong())));
    }

    /** The workspace key used when the installation sets one ({@code RELANCE_TRACKING_LINK_KEY}). */
    public static byte[] derivedKey(String installationKey, WorkspaceId workspace) {
        return hmac(installationKey.getBytes(java.nio.charset.StandardCharsets.UTF_8), uuidBytes(workspace.value()));
    }

    public static byte[] decodeKey(String key) {
        return Base64.getUrlDecoder().decode(key);
    }

    private static byte[] hmac(byte[] key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] uuidBytes(UUID id) {
        return ByteBuffer.allocate(16)
                .putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits())
                .array();
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static boolean sameHash(String a, String b) {
        return java.security.MessageDigest.isEqual(
                a.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                b.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
