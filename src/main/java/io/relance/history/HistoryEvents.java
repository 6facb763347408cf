package io.relance.history;

import io.relance.shared.Chunks;
import io.relance.shared.Db;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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

    /** Links per multi-row INSERT (5 parameters each). */
    private static final int LINK_CHUNK = 1_000;

    void insert(UUID workspace, HistoryEvent e) {
        insertAll(workspace, List.of(e));
    }

    /** Inserts events in one multi-row statement per {@link #CHUNK}. */
    void insertAll(UUID workspace, List<HistoryEvent> all) {
        for (List<HistoryEvent> chunk : Chunks.of(all, CHUNK)) {
            List<Object> params = new java.util.ArrayList<>(chunk.size() * 13);
            for (HistoryEvent e : chunk) {
                params.addAll(java.util.Arrays.asList(
                        workspace,
                        e.id(),
                        e.target().type(),
                        e.target().id(),
                        e.kind(),
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
            insertLinks(workspace, chunk);
        }
    }

    /**
     * The further records each entry shows on (its own target aside): one multi-row insert for the chunk's links (a
     * further one per {@value #LINK_CHUNK} links).
     */
    private void insertLinks(UUID workspace, List<HistoryEvent> chunk) {
        List<Object> params = new java.util.ArrayList<>();
        for (HistoryEvent e : chunk) {
            for (Target link : e.links()) {
                if (!link.equals(e.target())) {
                    params.addAll(
                            java.util.Arrays.asList(workspace, e.id(), link.type(), link.id(), Db.ts(e.occurredAt())));
                    if (params.size() == LINK_CHUNK * 5) {
                        insertLinkRows(params);
                        params.clear();
                    }
                }
            }
        }
        insertLinkRows(params);
    }

    private void insertLinkRows(List<Object> params) {
        if (params.isEmpty()) {
            return;
        }
        jdbc.sql("INSERT INTO history_links (workspace_id, event_id, target_type, target_id, occurred_at) VALUES "
                        + String.join(", ", java.util.Collections.nCopies(params.size() / 5, "(?, ?, ?, ?, ?)")))
                .params(params)
                .update();
    }

    private String details(HistoryEvent e) {
        return e.changes().isEmpty() && e.snapshot().isEmpty()
                ? null
                : json.writeValueAsString(new Details(e.changes(), e.snapshot()));
    }

    /**
     * Newest first, keyset on (occurred_at, id): the entries whose target is the record, merged with those linked to
     * it. Each half walks its own index and stops at {@code limit}, so a long timeline costs no more than a short one.
     */
    List<HistoryEvent> timeline(
            UUID workspace, Target target, Set<String> kinds, Instant beforeAt, UUID beforeId, int limit) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        String own = "SELECT e.* FROM history_events e WHERE e.workspace_id = :ws AND e.target_type = :type"
                + " AND e.target_id = :target AND e.kind IN (:kinds)"
                + (beforeAt == null ? "" : " AND (e.occurred_at, e.id) < (:at, :id)")
                + " ORDER BY e.occurred_at DESC, e.id DESC LIMIT :limit";
        String linked = "SELECT e.* FROM history_links l JOIN history_events e"
                + " ON e.workspace_id = l.workspace_id AND e.id = l.event_id"
                + " WHERE l.workspace_id = :ws AND l.target_type = :type AND l.target_id = :target"
                + " AND e.kind IN (:kinds)"
                + (beforeAt == null ? "" : " AND (l.occurred_at, l.event_id) < (:at, :id)")
                + " ORDER BY l.occurred_at DESC, l.event_id DESC LIMIT :limit";
        var spec = jdbc.sql("SELECT * FROM ((" + own + ") UNION ALL (" + linked + ")) t"
                        + " ORDER BY occurred_at DESC, id DESC LIMIT :limit")
                .param("ws", workspace)
                .param("type", target.type())
                .param("target", target.id())
                .param("kinds", List.copyOf(kinds))
                .param("limit", limit);
        if (beforeAt != null) {
            spec = spec.param("at", Db.ts(beforeAt)).param("id", beforeId);
        }
        List<HistoryEvent> found = spec.query(this::map).list();
        return withLinks(workspace, found);
    }

    /**
     * The entries of these kinds on a record or linked to it, not inbound, from {@code from} to {@code to}, oldest
     * first (kind, actor and time only are read).
     */
    List<HistoryEvent> outbound(UUID workspace, Target target, Set<String> kinds, Instant from, Instant to, int limit) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        String notInbound = " AND e.kind IN (:kinds) AND (e.direction IS NULL OR e.direction <> 'INBOUND')";
        String own = "SELECT e.id, e.kind, e.actor_id, e.occurred_at FROM history_events e WHERE e.workspace_id = :ws"
                + " AND e.target_type = :type AND e.target_id = :target AND e.occurred_at >= :from"
                + " AND e.occurred_at <= :to" + notInbound;
        String linked = "SELECT e.id, e.kind, e.actor_id, e.occurred_at FROM history_links l JOIN history_events e"
                + " ON e.workspace_id = l.workspace_id AND e.id = l.event_id"
                + " WHERE l.workspace_id = :ws AND l.target_type = :type AND l.target_id = :target"
                + " AND l.occurred_at >= :from AND l.occurred_at <= :to" + notInbound;
        return jdbc.sql("SELECT * FROM (" + own + " UNION ALL " + linked + ") t ORDER BY occurred_at, id LIMIT :limit")
                .param("ws", workspace)
                .param("type", target.type())
                .param("target", target.id())
                .param("kinds", List.copyOf(kinds))
                .param("from", Db.ts(from))
                .param("to", Db.ts(to))
                .param("limit", limit)
                .query((rs, row) -> new HistoryEvent(
                        Db.uuid(rs, "id"),
                        target,
                        rs.getString("kind"),
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        Map.of(),
                        Db.uuid(rs, "actor_id"),
                        Db.instant(rs, "occurred_at"),
                        null,
                        List.of()))
                .list();
    }

    private List<HistoryEvent> withLinks(UUID workspace, List<HistoryEvent> found) {
        if (found.isEmpty()) {
            return found;
        }
        Map<UUID, List<Target>> links = new java.util.HashMap<>();
        jdbc.sql("SELECT event_id, target_type, target_id FROM history_links WHERE workspace_id = :ws"
                        + " AND event_id IN (:ids)")
                .param("ws", workspace)
                .param("ids", found.stream().map(HistoryEvent::id).toList())
                .query((rs, row) -> links.computeIfAbsent(Db.uuid(rs, "event_id"), k -> new java.util.ArrayList<>())
                        .add(new Target(rs.getString("target_type"), Db.uuid(rs, "target_id"))))
                .list();
        return found.stream()
                .map(e -> links.containsKey(e.id()) ? e.alsoOn(links.get(e.id()).toArray(Target[]::new)) : e)
                .toList();
    }

    /** Erases the entries a record is the target of (with their links) and the links of others' entries to it. */
    int deleteAllOf(UUID workspace, Target target) {
        jdbc.sql("""
                DELETE FROM history_links WHERE workspace_id = ? AND event_id IN (
                    SELECT id FROM history_events WHERE workspace_id = ? AND target_type = ? AND target_id = ?)""").params(workspace, workspace, target.type(), target.id()).update();
        jdbc.sql("DELETE FROM history_links WHERE workspace_id = ? AND target_type = ? AND target_id = ?")
                .params(workspace, target.type(), target.id())
                .update();
        return jdbc.sql("DELETE FROM history_events WHERE workspace_id = ? AND target_type = ? AND target_id = ?")
                .params(workspace, target.type(), target.id())
                .update();
    }

    int moveTarget(UUID workspace, Target from, Target to) {
        // a link that would now point at its own entry's target is dropped; the others follow the record
        String selfLinks = """
                DELETE FROM history_links WHERE workspace_id = ? AND target_type = ? AND target_id = ?
                AND event_id IN (SELECT id FROM history_events WHERE workspace_id = ? AND target_type = ? AND target_id = ?)""";
        jdbc.sql(selfLinks)
                .params(workspace, from.type(), from.id(), workspace, to.type(), to.id())
                .update();
        jdbc.sql(selfLinks)
                .params(workspace, to.type(), to.id(), workspace, from.type(), from.id())
                .update();
        jdbc.sql("""
                DELETE FROM history_links WHERE workspace_id = ? AND target_type = ? AND target_id = ?
                AND event_id IN (SELECT event_id FROM history_links WHERE workspace_id = ? AND target_type = ? AND target_id = ?)""")
                .params(workspace, from.type(), from.id(), workspace, to.type(), to.id())
                .update();
        jdbc.sql(
                        "UPDATE history_links SET target_type = ?, target_id = ? WHERE workspace_id = ? AND target_type = ? AND target_id = ?")
                .params(to.type(), to.id(), workspace, from.type(), from.id())
                .update();
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
                rs.getString("kind"),
                direction == null ? null : Direction.valueOf(direction),
                rs.getString("summary"),
                rs.getString("body"),
                rs.getString("outcome"),
                details.changes() == null ? List.of() : details.changes(),
                details.snapshot() == null ? Map.of() : details.snapshot(),
                Db.uuid(rs, "actor_id"),
                Db.instant(rs, "occurred_at"),
                Db.instant(rs, "recorded_at"),
                List.of());
    }
}
