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

    /** Who a token belongs to, as the authentication filter needs it. */
    record Owner(UUID tokenId, WorkspaceId workspaceId, UserId userId, Instant lastUsedAt) {}

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

    Optional<Owner> findActiveByHash(String hash) {
        return jdbc.sql("""
                SELECT id, workspace_id, user_id, last_used_at FROM api_tokens
                WHERE token_hash = ? AND revoked_at IS NULL""")
                .param(hash)
                .query((rs, n) -> new Owner(
                        Db.uuid(rs, "id"),
                        new WorkspaceId(Db.uuid(rs, "workspace_id")),
                        new UserId(Db.uuid(rs, "user_id")),
                        Db.instant(rs, "last_used_at")))
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
