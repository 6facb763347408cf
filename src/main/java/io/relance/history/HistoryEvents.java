package io.relance.history;

import io.relance.shared.Db;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** The history_events table. */
@Repository
class HistoryEvents {

    record Details(List<FieldChange> changes, Map<String, Object> snapshot) {}

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    HistoryEvents(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    private static final String INSERT = """
            INSERT INTO history_events (workspace_id, id, target_type, target_id, kind, direction, summary, body,
                                        outcome, details, actor_id, occurred_at, recorded_at, version)
            VALUES """;

    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

    /** Rows per multi-row INSERT: 13 parameters each, far below the drivers' limits. */
    private static final int CHUNK = 500;

    void insert(UUID workspace, HistoryEvent e) {
        insertAll(workspace, List.of(e));
    }

    /** Inserts events in one multi-row statement per {@link #CHUNK}. */
    void insertAll(UUID workspace, List<HistoryEvent> all) {
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<HistoryEvent> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            List<Object> params = new java.util.ArrayList<>(chunk.size() * 13);
            for (HistoryEvent e : chunk) {
                params.addAll(java.util.Arrays.asList(
                        workspace,
                        e.id(),
                        e.target().type(),
                        e.target().id(),
                        e.kind().name(),
                        e.direction() == null ? null : e.direction().name(),
                        e.summary(),
                        e.body(),
                        e.outcome(),
                        details(e),
                        e.actorId(),
                        Db.ts(e.occurredAt()),
                        Db.ts(e.recordedAt())));
            }
            jdbc.sql(INSERT + String.join(", ", java.util.Collections.nCopies(chunk.size(), ROW)))
                    .params(params)
                    .update();
        }
    }

    private String details(HistoryEvent e) {
        return e.changes().isEmpty() && e.snapshot().isEmpty()
                ? null
                : json.writeValueAsString(new Details(e.changes(), e.snapshot()));
    }

    /** Newest first, keyset on (occurred_at, id). */
    List<HistoryEvent> timeline(
            UUID workspace, Target target, Set<EventKind> kinds, Instant beforeAt, UUID beforeId, int limit) {
        String kindList = kinds.stream().map(k -> "'" + k.name() + "'").collect(Collectors.joining(","));
        String keyset = beforeAt == null ? "" : " AND (occurred_at, id) < (:at, :id)";
        var spec = jdbc.sql("SELECT * FROM history_events WHERE workspace_id = :ws AND target_type = :type"
                        + " AND target_id = :target AND kind IN (" + kindList + ")" + keyset
                        + " ORDER BY occurred_at DESC, id DESC LIMIT :limit")
                .param("ws", workspace)
                .param("type", target.type())
                .param("target", target.id())
                .param("limit", limit);
        if (beforeAt != null) {
            spec = spec.param("at", Db.ts(beforeAt)).param("id", beforeId);
        }
        return spec.query(this::map).list();
    }

    int deleteAllOf(UUID workspace, Target target) {
        return jdbc.sql("DELETE FROM history_events WHERE workspace_id = ? AND target_type = ? AND target_id = ?")
                .params(workspace, target.type(), target.id())
                .update();
    }

    int moveTarget(UUID workspace, Target from, Target to) {
        return jdbc.sql("""
                UPDATE history_events SET target_type = ?, target_id = ?
                WHERE workspace_id = ? AND target_type = ? AND target_id = ?""")
                .params(to.type(), to.id(), workspace, from.type(), from.id())
                .update();
    }

    private HistoryEvent map(ResultSet rs, int row) throws SQLException {
        String detailsJson = rs.getString("details");
        Details details = detailsJson == null
                ? new Details(List.of(), Map.of())
                : json.readValue(detailsJson, new TypeReference<Details>() {});
        String direction = rs.getString("direction");
        return new HistoryEvent(
                Db.uuid(rs, "id"),
                new Target(rs.getString("target_type"), Db.uuid(rs, "target_id")),
                EventKind.valueOf(rs.getString("kind")),
                direction == null ? null : Direction.valueOf(direction),
                rs.getString("summary"),
                rs.getString("body"),
                rs.getString("outcome"),
                details.changes() == null ? List.of() : details.changes(),
                details.snapshot() == null ? Map.of() : details.snapshot(),
                Db.uuid(rs, "actor_id"),
                Db.instant(rs, "occurred_at"),
                Db.instant(rs, "recorded_at"));
    }
}
