package io.relance.messaging.outbox;

import io.relance.history.Target;
import io.relance.messaging.MailAttachment;
import io.relance.messaging.MailId;
import io.relance.messaging.MailState;
import io.relance.shared.Db;
import io.relance.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox table. Every statement names the workspace (one shard on Citus) except {@link #workspacesWithDueMail},
 * the job's read-only look-up of which workspaces have work; rows are then claimed per workspace.
 */
@Repository
public class OutboxMessages {

    /** The rows the job takes once due: waiting, being sent (a lease ran out), or held by the contact rules. */
    private static final String ACTIVE = "state IN ('QUEUED', 'SENDING', 'HELD')";

    private final JdbcClient jdbc;

    OutboxMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes a new e-mail, QUEUED (due at once) or HELD (due when the contact rules allow it), and its attachments.
     */
    public void insert(OutboxMessage m, List<MailAttachment> attachments) {
        jdbc.sql("""
                INSERT INTO mail_outbox (workspace_id, id, message_id, state, held_reason, sender_id, from_name,
                    reply_to, to_addresses, cc_addresses, subject, text_body, html_body, attachment_names, target_type,
                    target_id, links, attempts, next_attempt_at, created_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 0)""")
                .params(
                        m.workspace().value(),
                        m.id().value(),
                        m.messageId(),
                        m.state().name(),
                        m.heldReason(),
                        m.senderId(),
                        m.fromName(),
                        m.replyTo(),
                        String.join("\n", m.to()),
                        m.cc().isEmpty() ? null : String.join("\n", m.cc()),
                        m.subject(),
                        m.text(),
                        m.html(),
                        m.attachmentNames().isEmpty() ? null : String.join("\n", m.attachmentNames()),
                        m.target() == null ? null : m.target().type(),
                        m.target() == null ? null : m.target().id(),
                        links(m.links()),
                        Db.ts(m.nextAttemptAt()),
                        Db.ts(m.createdAt()))
                .update();
        int seq = 0;
        for (MailAttachment a : attachments) {
            jdbc.sql("""
                    INSERT INTO mail_outbox_attachments (workspace_id, outbox_id, seq, filename, content_type, content)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(m.workspace().value(), m.id().value(), seq++, a.filename(), a.contentType(), a.content())
                    .update();
        }
    }

    public Optional<OutboxMessage> find(WorkspaceId ws, MailId id) {
        return jdbc.sql("SELECT * FROM mail_outbox WHERE workspace_id = ? AND id = ?")
                .params(ws.value(), id.value())
                .query(OutboxMessages::map)
                .optional();
    }

    /** A workspace's e-mails, newest first, optionally in one state; keyset paging by id (time-ordered). */
    public List<OutboxMessage> recent(WorkspaceId ws, MailState state, UUID before, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM mail_outbox WHERE workspace_id = :ws");
        var params = new java.util.LinkedHashMap<String, Object>();
        params.put("ws", ws.value());
        if (state != null) {
            sql.append(" AND state = :state");
            params.put("state", state.name());
        }
        if (before != null) {
            sql.append(" AND id < :before");
            params.put("before", before);
        }
        sql.append(" ORDER BY id DESC LIMIT :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString())
                .params(params)
                .query(OutboxMessages::map)
                .list();
    }

    /** The e-mails about one record (a quote), newest first. */
    public List<OutboxMessage> about(WorkspaceId ws, Target target, int limit) {
        return jdbc.sql("""
                SELECT * FROM mail_outbox WHERE workspace_id = ? AND target_type = ? AND target_id = ?
                ORDER BY id DESC LIMIT ?""")
                .params(ws.value(), target.type(), target.id(), limit)
                .query(OutboxMessages::map)
                .list();
    }

    public List<MailAttachment> attachments(WorkspaceId ws, MailId id) {
        return jdbc.sql("""
                SELECT filename, content_type, content FROM mail_outbox_attachments
                WHERE workspace_id = ? AND outbox_id = ? ORDER BY seq""")
                .params(ws.value(), id.value())
                .query((rs, n) -> new MailAttachment(
                        rs.getString("filename"), rs.getString("content_type"), rs.getBytes("content")))
                .list();
    }

    /** Which workspaces have e-mails due (queued and due, or a lease run out): a read, nothing locked. */
    public List<UUID> workspacesWithDueMail(Instant now, int limit) {
        return jdbc.sql("SELECT DISTINCT workspace_id FROM mail_outbox WHERE " + ACTIVE
                        + " AND next_attempt_at <= ? LIMIT ?")
                .params(Db.ts(now), limit)
                .query(UUID.class)
                .list();
    }

    /**
     * Locks a workspace's due rows that no other node holds ({@code SKIP LOCKED}, within the workspace: one shard),
     * oldest due first. The caller claims them in the same transaction.
     */
    public List<OutboxMessage> lockDue(WorkspaceId ws, Instant now, int limit) {
        return jdbc.sql("SELECT * FROM mail_outbox WHERE workspace_id = ? AND " + ACTIVE
                        + " AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED")
                .params(ws.value(), Db.ts(now), limit)
                .query(OutboxMessages::map)
                .list();
    }

    /** A held row stays held until {@code until}, for these reasons (the rules said so again). */
    public void holdUntil(WorkspaceId ws, MailId id, Instant until, String reasons) {
        jdbc.sql("""
                UPDATE mail_outbox SET next_attempt_at = ?, held_reason = ?, version = version + 1
                WHERE workspace_id = ? AND id = ? AND state = 'HELD'""").params(Db.ts(until), reasons, ws.value(), id.value()).update();
    }

    /**
     * A manager sends a held e-mail at once, for a reason, over the version read: QUEUED and due now; false when it
     * is no longer held at that version.
     */
    public boolean release(WorkspaceId ws, MailId id, long version, UUID by, String reason, Instant now) {
        return jdbc.sql("""
                        UPDATE mail_outbox SET state = 'QUEUED', next_attempt_at = ?, released_by = ?,
                               release_reason = ?, released_at = ?, version = version + 1
                        WHERE workspace_id = ? AND id = ? AND version = ? AND state = 'HELD'""")
                        .params(Db.ts(now), by, reason, Db.ts(now), ws.value(), id.value(), version)
                        .update()
                == 1;
    }

    /** Takes a locked row for this claim until {@code leaseUntil}. */
    public void claim(WorkspaceId ws, MailId id, UUID token, Instant leaseUntil) {
        jdbc.sql("""
                UPDATE mail_outbox SET state = 'SENDING', claim_token = ?, handover_at = NULL, next_attempt_at = ?,
                       version = version + 1
                WHERE workspace_id = ? AND id = ?""").params(token, Db.ts(leaseUntil), ws.value(), id.value()).update();
    }

    /**
     * Marks the hand-over to SMTP as started, if this claim still holds the row, and renews its lease; false when
     * another node took it meanwhile (the lease ran out), which then must not send it.
     */
    public boolean startHandover(WorkspaceId ws, MailId id, UUID token, Instant now, Instant leaseUntil) {
        return jdbc.sql("""
                        UPDATE mail_outbox SET handover_at = ?, next_attempt_at = ?, version = version + 1
                        WHERE workspace_id = ? AND id = ? AND state = 'SENDING' AND claim_token = ?""")
                        .params(Db.ts(now), Db.ts(leaseUntil), ws.value(), id.value(), token)
                        .update()
                == 1;
    }

    /** The SMTP server accepted it: SENT, whoever holds the row now; the attachments' bytes are dropped. */
    public boolean markSent(WorkspaceId ws, MailId id, int attempts, Instant now) {
        int rows = jdbc.sql("""
                UPDATE mail_outbox SET state = 'SENT', sent_at = ?, attempts = ?, claim_token = NULL,
                       handover_at = NULL, last_error = NULL, version = version + 1
                WHERE workspace_id = ? AND id = ? AND state IN ('SENDING', 'UNKNOWN')""")
                .params(Db.ts(now), attempts, ws.value(), id.value())
                .update();
        jdbc.sql("DELETE FROM mail_outbox_attachments WHERE workspace_id = ? AND outbox_id = ?")
                .params(ws.value(), id.value())
                .update();
        return rows == 1;
    }

    /** The attempt failed and another is due at {@code next}. */
    public void retryAt(WorkspaceId ws, MailId id, UUID token, int attempts, Instant next, String error) {
        jdbc.sql("""
                UPDATE mail_outbox SET state = 'QUEUED', attempts = ?, next_attempt_at = ?, last_error = ?,
                       claim_token = NULL, handover_at = NULL, version = version + 1
                WHERE workspace_id = ? AND id = ? AND state = 'SENDING' AND claim_token = ?""")
                .params(attempts, Db.ts(next), error, ws.value(), id.value(), token)
                .update();
    }

    /**
     * Given up (FAILED), interrupted during the hand-over (UNKNOWN), or refused by the contact rules while held
     * (FAILED): no attempt is due any more.
     */
    public void stop(WorkspaceId ws, MailId id, MailState state, int attempts, String error) {
        jdbc.sql("""
                UPDATE mail_outbox SET state = ?, attempts = ?, last_error = ?, claim_token = NULL,
                       version = version + 1
                WHERE workspace_id = ? AND id = ? AND state IN ('QUEUED', 'SENDING', 'HELD')""")
                .params(state.name(), attempts, error, ws.value(), id.value())
                .update();
    }

    /** A person sends a FAILED or UNKNOWN e-mail again (same Message-ID): due at once, attempts counted afresh. */
    public boolean requeue(WorkspaceId ws, MailId id, long version, Instant now) {
        return jdbc.sql("""
                        UPDATE mail_outbox SET state = 'QUEUED', attempts = 0, next_attempt_at = ?, claim_token = NULL,
                               handover_at = NULL, version = version + 1
                        WHERE workspace_id = ? AND id = ? AND version = ? AND state IN ('FAILED', 'UNKNOWN')""").params(Db.ts(now), ws.value(), id.value(), version).update() == 1;
    }

    private static String links(List<Target> links) {
        if (links.isEmpty()) {
            return null;
        }
        return String.join(
                "\n", links.stream().map(t -> t.type() + ":" + t.id()).toList());
    }

    private static List<Target> links(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        List<Target> targets = new ArrayList<>();
        for (String line : stored.split("\n")) {
            int colon = line.lastIndexOf(':');
            targets.add(new Target(line.substring(0, colon), UUID.fromString(line.substring(colon + 1))));
        }
        return targets;
    }

    private static List<String> lines(String stored) {
        return stored == null || stored.isBlank() ? List.of() : Arrays.asList(stored.split("\n"));
    }

    static OutboxMessage map(ResultSet rs, int row) throws SQLException {
        String targetType = rs.getString("target_type");
        return new OutboxMessage(
                new WorkspaceId(Db.uuid(rs, "workspace_id")),
                new MailId(Db.uuid(rs, "id")),
                rs.getString("message_id"),
                MailState.valueOf(rs.getString("state")),
                Db.uuid(rs, "sender_id"),
                rs.getString("from_name"),
                rs.getString("reply_to"),
                lines(rs.getString("to_addresses")),
                lines(rs.getString("cc_addresses")),
                rs.getString("subject"),
                rs.getString("text_body"),
                rs.getString("html_body"),
                lines(rs.getString("attachment_names")),
                targetType == null ? null : new Target(targetType, Db.uuid(rs, "target_id")),
                links(rs.getString("links")),
                rs.getInt("attempts"),
                Db.instant(rs, "next_attempt_at"),
                Db.uuid(rs, "claim_token"),
                Db.instant(rs, "handover_at"),
                rs.getString("last_error"),
                Db.instant(rs, "created_at"),
                Db.instant(rs, "sent_at"),
                rs.getString("held_reason"),
                Db.uuid(rs, "released_by"),
                rs.getString("release_reason"),
                rs.getLong("version"));
    }
}
