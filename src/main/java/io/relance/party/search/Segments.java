package io.relance.party.search;

import io.relance.shared.Db;
import io.relance.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Saved filters. */
@Repository
public class Segments {

    private final JdbcClient jdbc;

    Segments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The user's own segments and those shared in the workspace. */
    public List<Segment> visibleTo(WorkspaceId ws, UUID user) {
        return jdbc.sql("""
                SELECT * FROM segments WHERE workspace_id = ? AND (user_id = ? OR shared) ORDER BY name, id""").params(ws.value(), user).query(Segments::map).list();
    }

    public Optional<Segment> find(WorkspaceId ws, UUID id) {
        return jdbc.sql("SELECT * FROM segments WHERE workspace_id = ? AND id = ?")
                .params(ws.value(), id)
                .query(Segments::map)
                .optional();
    }

    public boolean nameTaken(WorkspaceId ws, UUID user, String name) {
        return jdbc.sql("SELECT COUNT(*) FROM segments WHERE workspace_id = ? AND user_id = ? AND name = ?")
                        .params(ws.value(), user, name)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void insert(WorkspaceId ws, Segment s) {
        jdbc.sql("""
                INSERT INTO segments (workspace_id, id, user_id, name, query, shared, created_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(ws.value(), s.id(), s.userId(), s.name(), s.query(), s.shared(), Db.ts(s.createdAt()))
                .update();
    }

    public boolean delete(WorkspaceId ws, UUID id) {
        return jdbc.sql("DELETE FROM segments WHERE workspace_id = ? AND id = ?")
                        .params(ws.value(), id)
                        .update()
                > 0;
    }

    private static Segment map(ResultSet rs, int row) throws SQLException {
        return new Segment(
                Db.uuid(rs, "id"),
                Db.uuid(rs, "user_id"),
                rs.getString("name"),
                rs.getString("query"),
                rs.getBoolean("shared"),
                Db.instant(rs, "created_at"));
    }
}
