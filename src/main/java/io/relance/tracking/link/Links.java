package io.relance.tracking.link;

import io.relance.shared.Db;
import io.relance.shared.Hashes;
import io.relance.shared.Ids;
import io.relance.shared.WorkspaceId;
import io.relance.tracking.TrackedLink;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The links' rows and the workspaces' keys. Every statement names the workspace. */
@Repository
public class Links {

    /** A link row: what is needed to rebuild its token. */
    public record Row(TrackedLink link, String nonce, String tokenHash, Instant sentAt, Instant revokedAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String installationKey;

    Links(JdbcClient jdbc, Clock clock, @Value("${relance.tracking.link-key:}") String installationKey) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.installationKey = installationKey == null ? "" : installationKey.strip();
    }

    /** The subject's link, created with a fresh nonce on first use (one per subject, whatever the caller). */
    public Row issue(WorkspaceId ws, String subjectType, UUID subjectId) {
        Optional<Row> existing = bySubject(ws, subjectType, subjectId);
        if (existing.isPresent()) {
            return existing.get();
        }
        String nonce = LinkTokens.newNonce();
        String hash = Hashes.sha256Hex(LinkTokens.token(ws, key(ws), nonce));
        // ON CONFLICT DO NOTHING: two first sends at once make one link (a failed insert would abort PostgreSQL's
        // transaction).
        jdbc.sql("""
                        INSERT INTO tracked_links (workspace_id, id, subject_type, subject_id, nonce, token_hash, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(ws.value(), Ids.newId(), subjectType, subjectId, nonce, hash, Db.ts(clock.instant()))
                .update();
        return bySubject(ws, subjectType, subjectId).orElseThrow();
    }

    public Optional<Row> bySubject(WorkspaceId ws, String subjectType, UUID subjectId) {
        return jdbc.sql("""
                        SELECT * FROM tracked_links
                        WHERE workspace_id = ? AND subject_type = ? AND subject_id = ?""")
                .params(ws.value(), subjectType, subjectId)
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** The live link whose token has this hash, in the workspace the token names. */
    public Optional<TrackedLink> byToken(WorkspaceId ws, String token) {
        String hash = Hashes.sha256Hex(token);
        return jdbc.sql("""
                        SELECT * FROM tracked_links
                        WHERE workspace_id = ? AND token_hash = ? AND revoked_at IS NULL""")
                .params(ws.value(), hash)
                .query((rs, n) -> row(rs))
                .optional()
                .filter(row -> LinkTokens.sameHash(row.tokenHash(), hash))
                .map(Row::link);
    }

    public String token(Row row) {
        WorkspaceId ws = row.link().workspace();
        return LinkTokens.token(ws, key(ws), row.nonce());
    }

    /** Revokes the link: its token answers 404 from now on. */
    public boolean revoke(WorkspaceId ws, String subjectType, UUID subjectId) {
        return jdbc.sql("""
                        UPDATE tracked_links SET revoked_at = ?, version = version + 1
                        WHERE workspace_id = ? AND subject_type = ? AND subject_id = ? AND revoked_at IS NULL""")
                        .params(Db.ts(clock.instant()), ws.value(), subjectType, subjectId)
                        .update()
                == 1;
    }

    /** A new token for the subject (the old one stops working); the visits and opens stay with the subject. */
    public void renew(WorkspaceId ws, String subjectType, UUID subjectId) {
        String nonce = LinkTokens.newNonce();
        String hash = Hashes.sha256Hex(LinkTokens.token(ws, key(ws), nonce));
        jdbc.sql("""
                        UPDATE tracked_links SET nonce = ?, token_hash = ?, revoked_at = NULL, version = version + 1
                        WHERE workspace_id = ? AND subject_type = ? AND subject_id = ?""").params(nonce, hash, ws.value(), subjectType, subjectId).update();
    }

    public void markSent(WorkspaceId ws, String subjectType, UUID subjectId, Instant at) {
        jdbc.sql("""
                        UPDATE tracked_links SET sent_at = ?, version = version + 1
                        WHERE workspace_id = ? AND subject_type = ? AND subject_id = ?""").params(Db.ts(at), ws.value(), subjectType, subjectId).update();
    }

    public Optional<Instant> sentAt(WorkspaceId ws, UUID linkId) {
        return jdbc.sql("SELECT sent_at FROM tracked_links WHERE workspace_id = ? AND id = ?")
                .params(ws.value(), linkId)
                .query((rs, n) -> Optional.ofNullable(Db.instant(rs, "sent_at")))
                .optional()
                .flatMap(o -> o);
    }

    /** When each of these links was last sent (absent: never), in one read. */
    public java.util.Map<UUID, Instant> sentAt(WorkspaceId ws, java.util.Collection<UUID> linkIds) {
        java.util.Map<UUID, Instant> sent = new java.util.HashMap<>();
        jdbc.sql("SELECT id, sent_at FROM tracked_links WHERE workspace_id = ? AND id = ANY(?)")
                .params(ws.value(), Db.uuids(linkIds))
                .query(rs -> {
                    Instant at = Db.instant(rs, "sent_at");
                    if (at != null) {
                        sent.put(Db.uuid(rs, "id"), at);
                    }
                });
        return sent;
    }

    /** Forgets the subject's link, visits, opens and engagement (the subject was erased). */
    public void forget(WorkspaceId ws, String subjectType, UUID subjectId) {
        for (String table :
                new String[] {"tracking_opens", "tracking_visits", "tracking_engagement", "tracked_links"}) {
            jdbc.sql("DELETE FROM " + table + " WHERE workspace_id = ? AND subject_type = ? AND subject_id = ?")
                    .params(ws.value(), subjectType, subjectId)
                    .update();
        }
    }

    private byte[] key(WorkspaceId ws) {
        if (!installationKey.isEmpty()) {
            return LinkTokens.derivedKey(installationKey, ws);
        }
        Optional<String> stored = storedKey(ws);
        if (stored.isEmpty()) {
            jdbc.sql("INSERT INTO tracking_link_keys (workspace_id, secret, created_at) VALUES (?, ?, ?)"
                            + " ON CONFLICT DO NOTHING")
                    .params(ws.value(), LinkTokens.newKey(), Db.ts(clock.instant()))
                    .update();
            stored = storedKey(ws);
        }
        return LinkTokens.decodeKey(stored.orElseThrow());
    }

    private Optional<String> storedKey(WorkspaceId ws) {
        return jdbc.sql("SELECT secret FROM tracking_link_keys WHERE workspace_id = ?")
                .param(ws.value())
                .query(String.class)
                .optional();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(
                new TrackedLink(
                        new WorkspaceId(Db.uuid(rs, "workspace_id")),
                        Db.uuid(rs, "id"),
                        rs.getString("subject_type"),
                        Db.uuid(rs, "subject_id")),
                rs.getString("nonce"),
                rs.getString("token_hash"),
                Db.instant(rs, "sent_at"),
                Db.instant(rs, "revoked_at"));
    }
}
