package io.relance.workspace;

import io.relance.shared.Db;
import io.relance.shared.RecentCache;
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

    /** An active token: whose it is, and when it was last used (as the authentication filter needs it). */
    record Active(String hash, UUID tokenId, WorkspaceId workspaceId, UserId userId, Instant lastUsedAt) {}

    private final JdbcClient jdbc;
    /**
     * Active tokens by hash, read on every request authenticated by a token: kept a few seconds, forgotten by every
     * write here (a revocation on another node takes effect here within {@link RecentCache#DEFAULT_TTL}).
     */
    private final RecentCache<String, Optional<Active>> recent = new RecentCache<>();

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

    /** The active token of this hash: a statement only when this node has not read it in the last seconds. */
    Optional<Active> findActiveByHash(String hash) {
        return recent.get(
                hash,
                h -> jdbc.sql("""
                        SELECT id, workspace_id, user_id, last_used_at FROM api_tokens
                        WHERE token_hash = ? AND revoked_at IS NULL""")
                        .param(h)
                        .query((rs, n) -> new Active(
                                h,
                                Db.uuid(rs, "id"),
                                new WorkspaceId(Db.uuid(rs, "workspace_id")),
                                new UserId(Db.uuid(rs, "user_id")),
                                Db.instant(rs, "last_used_at")))
                        .optional());
    }

    void touch(Active token, Instant now) {
        recent.evict(token.hash());
        jdbc.sql("UPDATE api_tokens SET last_used_at = ? WHERE id = ?")
                .params(Db.ts(now), token.tokenId())
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
        recent.evictAll();
        return jdbc.sql("""
                        UPDATE api_tokens SET revoked_at = ?, version = version + 1
                        WHERE workspace_id = ? AND user_id = ? AND id = ? AND revoked_at IS NULL""").params(Db.ts(now), ws.value(), user.value(), id).update() > 0;
    }

    /** Revokes every active token of a user (after a change of his password); answers how many. */
    int revokeAll(WorkspaceId ws, UserId user, Instant now) {
        recent.evictAll();
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
