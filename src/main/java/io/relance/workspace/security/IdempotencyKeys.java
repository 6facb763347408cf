package io.relance.workspace.security;

import io.relance.shared.Db;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored answers of POSTs sent with an Idempotency-Key, per workspace and user. */
@Repository
class IdempotencyKeys {

    /** A kept answer; status 0 while the first request is still running. */
    record Stored(String requestHash, int status, String contentType, String body) {}

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> find(UUID workspace, UUID user, String key) {
        return jdbc.sql("""
                SELECT request_hash, status, content_type, response_body FROM idempotency_keys
                WHERE workspace_id = ? AND user_id = ? AND idem_key = ?""")
                .params(workspace, user, key)
                .query((rs, n) -> new Stored(
                        rs.getString("request_hash"),
                        rs.getInt("status"),
                        rs.getString("content_type"),
                        rs.getString("response_body")))
                .optional();
    }

    /** Claims a key for a first request; false when another request holds it. */
    boolean claim(UUID workspace, UUID user, String key, String hash, Instant now) {
        return jdbc.sql("""
                        INSERT INTO idempotency_keys (workspace_id, user_id, idem_key, request_hash, status, created_at)
                        VALUES (?, ?, ?, ?, 0, ?) ON CONFLICT DO NOTHING""").params(workspace, user, key, hash, Db.ts(now)).update() == 1;
    }

    void complete(UUID workspace, UUID user, String key, int status, String contentType, String body) {
        jdbc.sql("""
                UPDATE idempotency_keys SET status = ?, content_type = ?, response_body = ?
                WHERE workspace_id = ? AND user_id = ? AND idem_key = ?""").params(status, contentType, body, workspace, user, key).update();
    }

    void release(UUID workspace, UUID user, String key) {
        jdbc.sql("DELETE FROM idempotency_keys WHERE workspace_id = ? AND user_id = ? AND idem_key = ?")
                .params(workspace, user, key)
                .update();
    }

    /** Keys are kept a day: enough for any client's retries. */
    int forgetBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM idempotency_keys WHERE created_at < ?")
                .param(Db.ts(cutoff))
                .update();
    }
}
