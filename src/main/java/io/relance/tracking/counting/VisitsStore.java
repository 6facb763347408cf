package io.relance.tracking.counting;

import io.relance.shared.DatabaseKind;
import io.relance.shared.Db;
import io.relance.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/** Visits and opens: small inserts, and batched updates of what an event batch changed. */
@Repository
class VisitsStore {

    /** A device's open to record. */
    record NewOpen(UUID id, String subjectType, UUID subjectId, String device, Instant at, LocalDate day) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final DatabaseKind database;

    VisitsStore(JdbcClient jdbc, JdbcTemplate batch, DatabaseKind database) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.database = database;
    }

    /** A visit to insert and the request's method. */
    record NewVisit(Visit visit, String method) {}

    /** Inserts a batch's visits (one JDBC batch). */
    void insertAll(WorkspaceId ws, List<NewVisit> visits) {
        if (visits.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        for (NewVisit n : visits) {
            Visit v = n.visit();
            rows.add(new Object[] {
                ws.value(),
                v.id,
                v.linkId,
                v.subjectType,
                v.subjectId,
                Db.ts(v.startedAt),
                n.method(),
                v.userAgent,
                v.addressHash,
                v.status.name()
            });
        }
        batch.batchUpdate("""
                INSERT INTO tracking_visits (workspace_id, id, link_id, subject_type, subject_id, started_at,
                    method, user_agent, address_hash, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    void insert(WorkspaceId ws, Visit v, String method) {
        insertAll(ws, List.of(new NewVisit(v, method)));
    }

    Map<UUID, Visit> load(WorkspaceId ws, Collection<UUID> ids) {
        Map<UUID, Visit> visits = new HashMap<>();
        jdbc.sql("SELECT * FROM tracking_visits WHERE workspace_id = ? AND id = ANY(?)")
                .params(ws.value(), Db.uuids(ids))
                .query(rs -> {
                    Visit v = visit(rs);
                    visits.put(v.id, v);
                });
        return visits;
    }

    /**
     * The latest open of each of these subjects' devices still active since {@code since}, by
     * subject and device.
     */
    Map<String, RecentOpen> recentOpens(WorkspaceId ws, String type, Collection<UUID> subjects, Instant since) {
        Map<String, RecentOpen> recent = new HashMap<>();
        jdbc.sql("""
                        SELECT id, subject_id, device, last_seen_at FROM tracking_opens
                        WHERE workspace_id = ? AND subject_type = ? AND subject_id = ANY(?) AND last_seen_at >= ?""").params(ws.value(), type, Db.uuids(subjects), Db.ts(since)).query(rs -> {
            String key = deviceKey(type, Db.uuid(rs, "subject_id"), rs.getString("device"));
            RecentOpen open = new RecentOpen(Db.uuid(rs, "id"), Db.instant(rs, "last_seen_at"));
            recent.merge(key, open, (a, b) -> a.lastSeenAt().isAfter(b.lastSeenAt()) ? a : b);
        });
        return recent;
    }

    static String deviceKey(String type, UUID subject, String device) {
        return type + "/" + subject + "/" + device;
    }

    /**
     * Writes the visits back by their key, one statement on PostgreSQL and Citus ({@code UPDATE … FROM unnest}), a
     * JDBC batch on H2; one changed by another node meanwhile (its version moved) fails the batch, which is then
     * retried.
     */
    void update(WorkspaceId ws, Collection<Visit> visits) {
        if (visits.isEmpty()) {
            return;
        }
        if (database.postgres()) {
            List<Visit> rows = List.copyOf(visits);
            int updated = jdbc.sql("""
                            UPDATE tracking_visits t SET status = v.status, device = v.device, visible_ms = v.visible_ms,
                                interacted = v.interacted, last_event_at = v.last_event_at, open_id = v.open_id,
                                version = t.version + 1
                            FROM unnest(?::uuid[], ?::int8[], ?::text[], ?::text[], ?::int8[], ?::bool[],
                                        ?::text[]::timestamptz[], ?::uuid[])
                                AS v(id, version, status, device, visible_ms, interacted, last_event_at, open_id)
                            WHERE t.workspace_id = ? AND t.id = v.id AND t.version = v.version""")
                    .params(
                            Db.uuids(rows.stream().map(v -> v.id).toList()),
                            new SqlArrayValue(
                                    "int8", rows.stream().map(v -> v.version).toArray()),
                            new SqlArrayValue(
                                    "text",
                                    rows.stream().map(v -> v.status.name()).toArray()),
                            new SqlArrayValue(
                                    "text", rows.stream().map(v -> v.device).toArray()),
                            new SqlArrayValue(
                                    "int8", rows.stream().map(v -> v.visibleMs).toArray()),
                            new SqlArrayValue(
                                    "bool", rows.stream().map(v -> v.interacted).toArray()),
                            new SqlArrayValue(
                                    "text",
                                    rows.stream().map(v -> iso(v.lastEventAt)).toArray()),
                            new SqlArrayValue(
                                    "uuid", rows.stream().map(v -> v.openId).toArray()),
                            ws.value())
                    .update();
            if (updated != rows.size()) {
                throw new OptimisticLockingFailureException("A visit changed meanwhile");
            }
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        for (Visit v : visits) {
            rows.add(new Object[] {
                v.status.name(),
                v.device,
                v.visibleMs,
                v.interacted,
                Db.ts(v.lastEventAt),
                v.openId,
                ws.value(),
                v.id,
                v.version
            });
        }
        int[] counts = batch.batchUpdate("""
                UPDATE tracking_visits SET status = ?, device = ?, visible_ms = ?, interacted = ?, last_event_at = ?,
                    open_id = ?, version = version + 1
                WHERE workspace_id = ? AND id = ? AND version = ?""", rows);
        for (int count : counts) {
            if (count == 0) {
                throw new OptimisticLockingFailureException("A visit changed meanwhile");
            }
        }
    }

    private static String iso(Instant at) {
        return at == null ? null : at.toString();
    }

    void insertOpens(WorkspaceId ws, List<NewOpen> opens) {
        if (opens.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        for (NewOpen o : opens) {
            rows.add(new Object[] {
                ws.value(), o.id(), o.subjectType(), o.subjectId(), o.device(), Db.ts(o.at()), Db.ts(o.at()), o.day()
            });
        }
        batch.batchUpdate("""
                INSERT INTO tracking_opens (workspace_id, id, subject_type, subject_id, device, opened_at,
                    last_seen_at, opened_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** Moves each open's last sighting forward (never back). */
    void touchOpens(WorkspaceId ws, Map<UUID, Instant> lastSeen) {
        if (lastSeen.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        lastSeen.forEach((id, at) -> rows.add(new Object[] {Db.ts(at), Db.ts(at), ws.value(), id}));
        batch.batchUpdate("""
                UPDATE tracking_opens SET last_seen_at = CASE WHEN last_seen_at < ? THEN ? ELSE last_seen_at END
                WHERE workspace_id = ? AND id = ?""", rows);
    }

    private static Visit visit(ResultSet rs) throws SQLException {
        return new Visit(
                Db.uuid(rs, "id"),
                Db.uuid(rs, "link_id"),
                rs.getString("subject_type"),
                Db.uuid(rs, "subject_id"),
                Db.instant(rs, "started_at"),
                rs.getString("user_agent"),
                rs.getString("address_hash"),
                VisitStatus.valueOf(rs.getString("status")),
                rs.getString("device"),
                rs.getLong("visible_ms"),
                rs.getBoolean("interacted"),
                Db.instant(rs, "last_event_at"),
                Db.uuid(rs, "open_id"),
                rs.getLong("version"));
    }
}
