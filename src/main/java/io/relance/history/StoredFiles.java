package io.relance.history;

import io.relance.shared.Db;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored_files table. */
@Repository
class StoredFiles {

    private final JdbcClient jdbc;

    StoredFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID workspace, StoredFile f) {
        jdbc.sql("""
                INSERT INTO stored_files (workspace_id, id, target_type, target_id, filename, content_type, size_bytes,
                                          sha256, uploaded_by, uploaded_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(
                        workspace,
                        f.id(),
                        f.target().type(),
                        f.target().id(),
                        f.filename(),
                        f.contentType(),
                        f.size(),
                        f.sha256(),
                        f.uploadedBy(),
                        Db.ts(f.uploadedAt()))
                .update();
    }

    List<StoredFile> list(UUID workspace, Target target) {
        return jdbc.sql("""
                SELECT * FROM stored_files
                WHERE workspace_id = ? AND target_type = ? AND target_id = ? AND deleted_at IS NULL
                ORDER BY uploaded_at DESC, id DESC""")
                .params(workspace, target.type(), target.id())
                .query(StoredFiles::map)
                .list();
    }

    Optional<StoredFile> find(UUID workspace, Target target, UUID id) {
        return jdbc.sql("""
                SELECT * FROM stored_files
                WHERE workspace_id = ? AND target_type = ? AND target_id = ? AND id = ? AND deleted_at IS NULL""")
                .params(workspace, target.type(), target.id(), id)
                .query(StoredFiles::map)
                .optional();
    }

    boolean markDeleted(UUID workspace, Target target, UUID id, Instant now) {
        return jdbc.sql("""
                        UPDATE stored_files SET deleted_at = ?, version = version + 1
                        WHERE workspace_id = ? AND target_type = ? AND target_id = ? AND id = ? AND deleted_at IS NULL""")
                        .params(Db.ts(now), workspace, target.type(), target.id(), id)
                        .update()
                > 0;
    }

    /** Every file row of a record, removed or not: what a purge deletes. */
    List<UUID> allOf(UUID workspace, Target target) {
        return jdbc.sql("""
                SELECT id FROM stored_files WHERE workspace_id = ? AND target_type = ? AND target_id = ?""")
                .params(workspace, target.type(), target.id())
                .query((rs, n) -> Db.uuid(rs, "id"))
                .list();
    }

    int deleteAllOf(UUID workspace, Target target) {
        return jdbc.sql("DELETE FROM stored_files WHERE workspace_id = ? AND target_type = ? AND target_id = ?")
                .params(workspace, target.type(), target.id())
                .update();
    }

    /** Files removed by a user before {@code cutoff}, oldest first, across workspaces: (workspace, id) pairs. */
    List<UUID[]> removedBefore(Instant cutoff, int limit) {
        return jdbc.sql("""
                SELECT workspace_id, id FROM stored_files WHERE deleted_at < ? ORDER BY deleted_at, id LIMIT ?""")
                .params(Db.ts(cutoff), limit)
                .query((rs, n) -> new UUID[] {Db.uuid(rs, "workspace_id"), Db.uuid(rs, "id")})
                .list();
    }

    boolean deleteRemoved(UUID workspace, UUID id, Instant cutoff) {
        return jdbc.sql("DELETE FROM stored_files WHERE workspace_id = ? AND id = ? AND deleted_at < ?")
                        .params(workspace, id, Db.ts(cutoff))
                        .update()
                > 0;
    }

    int moveTarget(UUID workspace, Target from, Target to) {
        return jdbc.sql("""
                UPDATE stored_files SET target_type = ?, target_id = ?
                WHERE workspace_id = ? AND target_type = ? AND target_id = ?""")
                .params(to.type(), to.id(), workspace, from.type(), from.id())
                .update();
    }

    private static StoredFile map(ResultSet rs, int row) throws SQLException {
        return new StoredFile(
                Db.uuid(rs, "id"),
                new Target(rs.getString("target_type"), Db.uuid(rs, "target_id")),
                rs.getString("filename"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                Db.uuid(rs, "uploaded_by"),
                Db.instant(rs, "uploaded_at"));
    }
}
