package io.relance.workspace;

import io.relance.shared.Db;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** API tokens, stored as SHA-256 hashes of their secrets. */
@Repository
class ApiTokens {

    /** An active token with its user, as the authentication filter needs them. */
    record Owner(UUID tokenId, Instant lastUsedAt, User user) {}

    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkspaceId ws, UserId user, ApiToken token, String hash) {
        jdbc.sql("""
                INSERT INTO api_tokens (id, workspace_id, user_id, name, token_hash, token_prefix, created_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(
                        token.id(),
                        ws.value(),
                        user.value(),
                        token.name(),
                        hash,
                        token.prefix(),
                        Db.ts(token.createdAt()))
                .update();
    }

    /** The active token of this hash read with its user: one statement per request authenticated by a token. */
    Optional<Owner> findActiveByHash(String hash) {
        return jdbc.sql("""
                SELECT u.*, k.id AS token_id, k.last_used_at AS token_last_used_at FROM api_tokens k
                JOIN user_accounts u ON u.workspace_id = k.workspace_id AND u.id = k.user_id
                WHERE k.token_hash = ? AND k.revoked_at IS NULL""")
                .param(hash)
                .query((rs, n) ->
                        new Owner(Db.uuid(rs, "token_id"), Db.instant(rs, "token_last_used_at"), Users.map(rs, n)))
                .optional();
    }

    void touch(UUID tokenId, Instant now) {
        jdbc.sql("UPDATE api_tokens SET last_used_at = ? WHERE id = ?")
                .params(Db.ts(now), tokenId)
                .update();
    }

    List<ApiToken> listForUser(WorkspaceId ws, UserId user) {
        return jdbc.sql("""
                SELECT * FROM api_tokens WHERE workspace_id = ? AND user_id = ? ORDER BY id DESC""")
                .params(ws.value(), user.value())
                .query(ApiTokens::map)
                .list();
    }

    boolean revoke(WorkspaceId ws, UserId user, UUID id, Instant now) {
        return jdbc.sql("""
                        UPDATE api_tokens SET revoked_at = ?, version = version + 1
                        WHERE workspace_id = ? AND user_id = ? AND id = ? AND revoked_at IS NULL""").params(Db.ts(now), ws.value(), user.value(), id).update() > 0;
    }

    /** Revokes every active token of a user (after a change of his password); answers how many. */
    int revokeAll(WorkspaceId ws, UserId user, Instant now) {
        return jdbc.sql("""
                        UPDATE api_tokens SET revoked_at = ?, version = version + 1
                        WHERE workspace_id = ? AND user_id = ? AND revoked_at IS NULL""").params(Db.ts(now), ws.value(), user.value()).update();
    }

    private static ApiToken map(ResultSet rs, int row) throws SQLException {
        return new ApiToken(
                Db.uuid(rs, "id"),
                rs.getString("name"),
                rs.getString("token_prefix"),
                Db.instant(rs, "created_at"),
                Db.instant(rs, "last_used_at"),
                Db.instant(rs, "revoked_at"));
    }
}
