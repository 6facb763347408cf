package io.relance.pipeline.phase;

import io.relance.pipeline.PhaseKind;
import io.relance.shared.Db;
import io.relance.shared.StaleVersionException;
import io.relance.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The pipelines of the workspaces, their phases and rules ({@code pipelines}, {@code pipeline_phases}, {@code pipeline_rules}). */
@Repository
class Pipelines {

    private static final String PHASE_COLUMNS = "phase_key, label_en, label_fr, label_es, label_de, kind, probability,"
            + " rot_days, position, retired, version";

    private final JdbcClient jdbc;

    Pipelines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A workspace's pipelines with their phases and rules, in their order: three statements. */
    List<Pipeline> all(WorkspaceId ws) {
        Map<String, List<Phase>> phases = new LinkedHashMap<>();
        jdbc.sql("SELECT pipeline_key, " + PHASE_COLUMNS
                        + " FROM pipeline_phases WHERE workspace_id = ? ORDER BY pipeline_key, position, phase_key")
                .param(ws.value())
                .query(rs -> {
                    phases.computeIfAbsent(rs.getString("pipeline_key"), k -> new ArrayList<>())
                            .add(phase(rs));
                });
        Map<String, Map<String, String>> rules = new LinkedHashMap<>();
        jdbc.sql("SELECT pipeline_key, action_type, phase_key FROM pipeline_rules WHERE workspace_id = ?")
                .param(ws.value())
                .query(rs -> {
                    rules.computeIfAbsent(rs.getString("pipeline_key"), k -> new LinkedHashMap<>())
                            .put(rs.getString("action_type"), rs.getString("phase_key"));
                });
        return jdbc.sql("SELECT pipeline_key, name, object_type, position, version FROM pipelines"
                        + " WHERE workspace_id = ? ORDER BY position, pipeline_key")
                .param(ws.value())
                .query((rs, n) -> new Pipeline(
                        rs.getString("pipeline_key"),
                        rs.getString("name"),
                        rs.getString("object_type"),
                        rs.getInt("position"),
                        rs.getLong("version"),
                        phases.getOrDefault(rs.getString("pipeline_key"), List.of()),
                        rules.getOrDefault(rs.getString("pipeline_key"), Map.of())))
                .list();
    }

    Optional<Pipeline> find(WorkspaceId ws, String key) {
        return all(ws).stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** Marks the workspace as given its defaults; false when it was already (by this node or another). */
    boolean markSeeded(WorkspaceId ws, Instant now) {
        return jdbc.sql("INSERT INTO pipeline_seeds (workspace_id, seeded_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
                        .params(ws.value(), Db.ts(now))
                        .update()
                > 0;
    }

    boolean insert(WorkspaceId ws, String key, String name, String objectType, int position) {
        return jdbc.sql("INSERT INTO pipelines (workspace_id, pipeline_key, name, object_type, position, version)"
                                + " VALUES (?, ?, ?, ?, ?, 0) ON CONFLICT DO NOTHING")
                        .params(ws.value(), key, name, objectType, position)
                        .update()
                > 0;
    }

    void rename(WorkspaceId ws, String key, String name, long expectedVersion) {
        int rows = jdbc.sql("UPDATE pipelines SET name = ?, version = version + 1"
                        + " WHERE workspace_id = ? AND pipeline_key = ? AND version = ?")
                .params(name, ws.value(), key, expectedVersion)
                .update();
        if (rows == 0) {
            throw new StaleVersionException();
        }
    }

    boolean insertPhase(WorkspaceId ws, String pipeline, Phase p) {
        return jdbc.sql("INSERT INTO pipeline_phases (workspace_id, pipeline_key, " + PHASE_COLUMNS
                                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) ON CONFLICT DO NOTHING")
                        .params(concat(List.of(ws.value(), pipeline, p.key()), fields(p)))
                        .update()
                > 0;
    }

    /** Saves a phase read at {@code expectedVersion}; a stale write is a 409. */
    void updatePhase(WorkspaceId ws, String pipeline, Phase p, long expectedVersion) {
        int rows = jdbc.sql("""
                        UPDATE pipeline_phases SET label_en = ?, label_fr = ?, label_es = ?, label_de = ?, kind = ?,
                            probability = ?, rot_days = ?, position = ?, retired = ?, version = version + 1
                        WHERE workspace_id = ? AND pipeline_key = ? AND phase_key = ? AND version = ?""")
                .params(concat(fields(p), List.of(ws.value(), pipeline, p.key(), expectedVersion)))
                .update();
        if (rows == 0) {
            throw new StaleVersionException();
        }
    }

    void putRule(WorkspaceId ws, String pipeline, String action, String phase) {
        jdbc.sql("DELETE FROM pipeline_rules WHERE workspace_id = ? AND pipeline_key = ? AND action_type = ?")
                .params(ws.value(), pipeline, action)
                .update();
        if (phase != null) {
            jdbc.sql("INSERT INTO pipeline_rules (workspace_id, pipeline_key, action_type, phase_key)"
                            + " VALUES (?, ?, ?, ?)")
                    .params(ws.value(), pipeline, action, phase)
                    .update();
        }
    }

    private static List<Object> concat(List<Object> a, List<Object> b) {
        List<Object> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<Object> fields(Phase p) {
        return Arrays.asList(
                p.labels().get("en"),
                p.labels().get("fr"),
                p.labels().get("es"),
                p.labels().get("de"),
                p.kind().name(),
                p.probability(),
                p.rotDays(),
                p.position(),
                p.retired());
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Phase phase(ResultSet rs) throws SQLException {
        return new Phase(
                rs.getString("phase_key"),
                Map.of(
                        "en", rs.getString("label_en"),
                        "fr", rs.getString("label_fr"),
                        "es", rs.getString("label_es"),
                        "de", rs.getString("label_de")),
                PhaseKind.valueOf(rs.getString("kind")),
                integer(rs, "probability"),
                integer(rs, "rot_days"),
                rs.getInt("position"),
                rs.getBoolean("retired"),
                rs.getLong("version"));
    }
}
