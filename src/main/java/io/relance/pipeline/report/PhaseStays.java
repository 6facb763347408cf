package io.relance.pipeline.report;

import io.relance.pipeline.PhaseKind;
import io.relance.shared.Db;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stays of deals in phases ({@code pipeline_phase_stays}): one row per entry of a deal in a phase, closed when
 * the deal moves on; and the funnel's two reads over a pipeline's period, each one statement of one workspace.
 */
@Repository
class PhaseStays {

    /** The longest reason kept with a stay (the whole text stays on the deal's timeline). */
    static final int REASON_LENGTH = 500;

    private final JdbcClient jdbc;

    PhaseStays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The deal came into a phase at {@code at}: its current stay (if any) is closed, a new one begins. */
    void enter(
            WorkspaceId ws,
            UUID deal,
            String pipeline,
            String phase,
            PhaseKind kind,
            boolean advancedFromCurrent,
            String reason,
            Instant at) {
        jdbc.sql("""
                        UPDATE pipeline_phase_stays SET left_at = ?, advanced = ?
                        WHERE workspace_id = ? AND deal_id = ? AND left_at IS NULL""").params(Db.ts(at), advancedFromCurrent, ws.value(), deal).update();
        jdbc.sql("""
                        INSERT INTO pipeline_phase_stays (workspace_id, id, deal_id, pipeline_key, phase_key, phase_kind,
                            entered_at, advanced, reason)
                        VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, ?)""")
                .params(ws.value(), UUID.randomUUID(), deal, pipeline, phase, kind.name(), Db.ts(at), cut(reason))
                .update();
    }

    /** A phase's figures over the period: entries, how many went on, how many are still in it, the median stay. */
    record PhaseRow(String phase, long entries, long advanced, long still, Double medianSeconds) {}

    /** Each phase entered within [from, to), one row per phase (only those entered); deals of {@code owner} only. */
    Map<String, PhaseRow> phases(WorkspaceId ws, String pipeline, Instant from, Instant to, UserId owner) {
        Map<String, PhaseRow> rows = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT s.phase_key,
                               COUNT(DISTINCT s.deal_id) AS entries,
                               COUNT(DISTINCT CASE WHEN s.advanced THEN s.deal_id END) AS advanced,
                               COUNT(DISTINCT CASE WHEN s.left_at IS NULL THEN s.deal_id END) AS still,
                               PERCENTILE_CONT(0.5) WITHIN GROUP (
                                   ORDER BY EXTRACT(EPOCH FROM s.left_at) - EXTRACT(EPOCH FROM s.entered_at)) AS median
                        FROM pipeline_phase_stays s
                        """ + ownerJoin(owner) + """
                        WHERE s.workspace_id = ? AND s.pipeline_key = ? AND s.entered_at >= ? AND s.entered_at < ?
                        GROUP BY s.phase_key""")
                .params(params(ws, pipeline, from, to, owner))
                .query(rs -> {
                    Number median = (Number) rs.getObject("median");
                    rows.put(
                            rs.getString("phase_key"),
                            new PhaseRow(
                                    rs.getString("phase_key"),
                                    rs.getLong("entries"),
                                    rs.getLong("advanced"),
                                    rs.getLong("still"),
                                    median == null ? null : median.doubleValue()));
                });
        return rows;
    }

    /** Why the deals lost within [from, to) were lost, most frequent first (null: no reason given). */
    record ReasonRow(String reason, long deals) {}

    List<ReasonRow> lossReasons(WorkspaceId ws, String pipeline, Instant from, Instant to, UserId owner) {
        List<ReasonRow> rows = new ArrayList<>();
        jdbc.sql("""
                        SELECT s.reason, COUNT(DISTINCT s.deal_id) AS deals
                        FROM pipeline_phase_stays s
                        """ + ownerJoin(owner) + """
                        WHERE s.workspace_id = ? AND s.pipeline_key = ? AND s.entered_at >= ? AND s.entered_at < ?
                          AND s.phase_kind = 'LOST'
                        GROUP BY s.reason
                        ORDER BY deals DESC, s.reason""")
                .params(params(ws, pipeline, from, to, owner))
                .query(rs -> {
                    rows.add(new ReasonRow(rs.getString("reason"), rs.getLong("deals")));
                });
        return rows;
    }

    private static String ownerJoin(UserId owner) {
        return owner == null
                ? ""
                : "JOIN deals d ON d.workspace_id = s.workspace_id AND d.id = s.deal_id AND d.owner_id = ?\n";
    }

    private static List<Object> params(WorkspaceId ws, String pipeline, Instant from, Instant to, UserId owner) {
        List<Object> params = new ArrayList<>();
        if (owner != null) {
            params.add(owner.value());
        }
        params.addAll(List.of(ws.value(), pipeline, Db.ts(from), Db.ts(to)));
        return params;
    }

    private static String cut(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        return reason.length() <= REASON_LENGTH ? reason : reason.substring(0, REASON_LENGTH - 1) + "…";
    }
}
