package io.relance.inquiry.mailbox;

import io.relance.shared.Db;
import io.relance.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inquiry_mailboxes and inquiry_mails tables; each statement names the workspace, but the list of those due. */
@Repository
class Mailboxes {

    private final JdbcClient jdbc;

    Mailboxes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Mailbox> find(WorkspaceId ws) {
        return jdbc.sql("SELECT * FROM inquiry_mailboxes WHERE workspace_id = ?")
                .params(ws.value())
                .query(Mailboxes::map)
                .optional();
    }

    /** Writes the settings (a new row, or over the version read; false when stale). */
    boolean save(Mailbox m, Long expectedVersion) {
        if (expectedVersion == null) {
            try {
                jdbc.sql("""
                        INSERT INTO inquiry_mailboxes (workspace_id, host, port, ssl, username, password, folder,
                            acting_user_id, enabled, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                        .params(
                                m.workspaceId().value(),
                                m.host(),
                                m.port(),
                                m.ssl(),
                                m.username(),
                                m.password(),
                                m.folder(),
                                m.actingUserId(),
                                m.enabled())
                        .update();
                return true;
            } catch (DuplicateKeyException e) {
                return false;
            }
        }
        return jdbc.sql("""
                        UPDATE inquiry_mailboxes SET host = ?, port = ?, ssl = ?, username = ?, password = ?,
                            folder = ?, acting_user_id = ?, enabled = ?, last_error = NULL, version = version + 1
                        WHERE workspace_id = ? AND version = ?""")
                        .params(
                                m.host(),
                                m.port(),
                                m.ssl(),
                                m.username(),
                                m.password(),
                                m.folder(),
                                m.actingUserId(),
                                m.enabled(),
                                m.workspaceId().value(),
                                expectedVersion)
                        .update()
                == 1;
    }

    /** The workspaces whose enabled mailbox nobody holds now (a global read of a small table, once a minute). */
    List<WorkspaceId> due(Instant now) {
        return jdbc.sql("SELECT workspace_id FROM inquiry_mailboxes WHERE enabled = TRUE"
                        + " AND (claimed_until IS NULL OR claimed_until < ?)")
                .params(Db.ts(now))
                .query((rs, n) -> new WorkspaceId(Db.uuid(rs, "workspace_id")))
                .list();
    }

    /** Holds a workspace's mailbox until {@code until}, unless another node holds it: whether this one got it. */
    boolean claim(WorkspaceId ws, Instant now, Instant until) {
        return jdbc.sql("""
                        UPDATE inquiry_mailboxes SET claimed_until = ?
                        WHERE workspace_id = ? AND enabled = TRUE AND (claimed_until IS NULL OR claimed_until < ?)""").params(Db.ts(until), ws.value(), Db.ts(now)).update() == 1;
    }

    /** Lets the mailbox go after a poll, with its outcome (null: fine). */
    void release(WorkspaceId ws, Instant polledAt, String error) {
        jdbc.sql("UPDATE inquiry_mailboxes SET claimed_until = NULL, last_polled_at = ?, last_error = ?"
                        + " WHERE workspace_id = ?")
                .params(Db.ts(polledAt), error, ws.value())
                .update();
    }

    /** Marks an e-mail taken: false when it was already (by this poll's predecessor or another node). */
    boolean take(WorkspaceId ws, String messageId, Instant now) {
        try {
            jdbc.sql("INSERT INTO inquiry_mails (workspace_id, message_id, taken_at) VALUES (?, ?, ?)")
                    .params(ws.value(), messageId, Db.ts(now))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    boolean taken(WorkspaceId ws, String messageId) {
        return jdbc.sql("SELECT COUNT(*) FROM inquiry_mails WHERE workspace_id = ? AND message_id = ?")
                        .params(ws.value(), messageId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static Mailbox map(ResultSet rs, int row) throws SQLException {
        return new Mailbox(
                new WorkspaceId(Db.uuid(rs, "workspace_id")),
                rs.getString("host"),
                rs.getInt("port"),
                rs.getBoolean("ssl"),
                rs.getString("username"),
                rs.getString("password"),
                rs.getString("folder"),
                Db.uuid(rs, "acting_user_id"),
                rs.getBoolean("enabled"),
                Db.instant(rs, "last_polled_at"),
                rs.getString("last_error"),
                rs.getLong("version"));
    }
}
