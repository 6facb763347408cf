package io.relance.followup.classification;

import io.relance.shared.Db;
import io.relance.shared.StaleVersionException;
import io.relance.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The classifications of the workspaces ({@code followup_classifications}) and whether each got the defaults. */
@Repository
class Classifications {

    private static final String COLUMNS =
            "class_key, label_en, label_fr, label_es, label_de, icon, tags, delay_days, position, active, version";

    private final JdbcClient jdbc;

    Classifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A workspace's classifications in their order. */
    List<Classification> all(WorkspaceId ws) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM followup_classifications WHERE workspace_id = ? ORDER BY position, class_key")
                .param(ws.value())
                .query(Classifications::map)
                .list();
    }

    Optional<Classification> find(WorkspaceId ws, String key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM followup_classifications WHERE workspace_id = ? AND class_key = ?")
                .params(ws.value(), key)
                .query(Classifications::map)
                .optional();
    }

    /** Marks the workspace as given its defaults; false when it was already (by this node or another). */
    boolean markSeeded(WorkspaceId ws, Instant now) {
        return jdbc.sql("""
                        INSERT INTO followup_classification_seeds (workspace_id, seeded_at) VALUES (?, ?)
                        ON CONFLICT DO NOTHING""").params(ws.value(), Db.ts(now)).update() > 0;
    }

    /** Inserts a classification unless one of its key exists; false then. */
    boolean insert(WorkspaceId ws, Classification c) {
        return jdbc.sql("INSERT INTO followup_classifications (workspace_id, " + COLUMNS
                                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) ON CONFLICT DO NOTHING")
                        .params(Stream.concat(Stream.of(ws.value(), c.key()), fields(c).stream())
                                .toList())
                        .update()
                > 0;
    }

    /** Saves a classification read at {@code expectedVersion}; a stale write is a 409. */
    void update(WorkspaceId ws, Classification c, long expectedVersion) {
        int rows = jdbc.sql("""
                        UPDATE followup_classifications SET label_en = ?, label_fr = ?, label_es = ?, label_de = ?,
                            icon = ?, tags = ?, delay_days = ?, position = ?, active = ?, version = version + 1
                        WHERE workspace_id = ? AND class_key = ? AND version = ?""")
                .params(Stream.concat(fields(c).stream(), Stream.of(ws.value(), c.key(), expectedVersion))
                        .toList())
                .update();
        if (rows == 0) {
            throw new StaleVersionException();
        }
    }

    boolean delete(WorkspaceId ws, String key) {
        return jdbc.sql("DELETE FROM followup_classifications WHERE workspace_id = ? AND class_key = ?")
                        .params(ws.value(), key)
                        .update()
                > 0;
    }

    /** The position after the last one. */
    int nextPosition(WorkspaceId ws) {
        return jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM followup_classifications WHERE workspace_id = ?")
                .param(ws.value())
                .query(Integer.class)
                .single();
    }

    /** The written columns after the key, in {@link #COLUMNS}' order (version aside). */
    private static List<Object> fields(Classification c) {
        return java.util.Arrays.asList(
                c.labels().get("en"),
                c.labels().get("fr"),
                c.labels().get("es"),
                c.labels().get("de"),
                c.icon(),
                c.tags(),
                c.delayDays(),
                c.position(),
                c.active());
    }

    private static Classification map(ResultSet rs, int row) throws SQLException {
        int delay = rs.getInt("delay_days");
        Integer delayDays = rs.wasNull() ? null : delay;
        return new Classification(
                rs.getString("class_key"),
                Map.of(
                        "en", rs.getString("label_en"),
                        "fr", rs.getString("label_fr"),
                        "es", rs.getString("label_es"),
                        "de", rs.getString("label_de")),
                rs.getString("icon"),
                rs.getBoolean("tags"),
                delayDays,
                rs.getInt("position"),
                rs.getBoolean("active"),
                rs.getLong("version"));
    }
}
