package io.relance.pipeline.deal;

import io.relance.party.ThirdPartyAccess;
import io.relance.shared.Cursors;
import io.relance.shared.Db;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.ListPage;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The deal list and the board's figures: the deals of third parties the user may see ({@link ThirdPartyAccess}'s SQL
 * predicate), filtered in SQL, newest first, paged by keyset (no OFFSET). Values reach SQL only as bound parameters;
 * every statement names the workspace (one shard on Citus).
 */
@Service
public class DealSearch {

    /** A phase's column on the board: how many deals and their amounts' sum. */
    public record PhaseFigures(long count, BigDecimal sum) {}

    private final JdbcClient jdbc;
    private final ThirdPartyAccess access;
    private final Clock clock;

    DealSearch(JdbcClient jdbc, ThirdPartyAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    public ListPage<DealRow> list(RelanceUser me, DealFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = from(me, filter, params, "SELECT d.*, t.name AS tp_name, t.code AS tp_code");
        if (page.cursor() != null) {
            List<String> parts = Cursors.decode(page.cursor(), 2);
            try {
                params.put("afterAt", Db.ts(Instant.parse(parts.get(0))));
            } catch (RuntimeException e) {
                throw new InvalidInputException("cursor", "validation.cursor");
            }
            params.put("afterId", Ids.parseCursorId(parts.get(1)));
            sql.append(" AND (d.created_at < :afterAt OR (d.created_at = :afterAt AND d.id < :afterId))");
        }
        sql.append(" ORDER BY d.created_at DESC, d.id DESC FETCH FIRST :fetch ROWS ONLY");
        params.put("fetch", page.limit() + 1);
        List<DealRow> rows = bind(sql, params)
                .query((rs, n) -> new DealRow(StoredDeals.map(rs, n), rs.getString("tp_name"), rs.getString("tp_code")))
                .list();
        return ListPage.of(
                rows,
                page.limit(),
                r -> Cursors.encode(
                        r.deal().createdAt().toString(), r.deal().id().toString()));
    }

    /** How many deals each phase of the filtered list holds, and their amounts' sum: one statement. */
    public Map<String, PhaseFigures> figures(RelanceUser me, DealFilter filter) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql =
                from(me, filter, params, "SELECT d.phase_key AS phase_key, COUNT(*) AS n, SUM(d.amount) AS total");
        sql.append(" GROUP BY d.phase_key");
        Map<String, PhaseFigures> figures = new LinkedHashMap<>();
        bind(sql, params).query(rs -> {
            BigDecimal total = rs.getBigDecimal("total");
            figures.put(
                    rs.getString("phase_key"),
                    new PhaseFigures(rs.getLong("n"), total == null ? BigDecimal.ZERO : total));
        });
        return figures;
    }

    private StringBuilder from(RelanceUser me, DealFilter filter, Map<String, Object> params, String select) {
        StringBuilder sql = new StringBuilder(select).append("""
                 FROM deals d JOIN third_parties t
                  ON t.workspace_id = d.workspace_id AND t.id = d.third_party_id AND t.deleted_at IS NULL
                WHERE d.workspace_id = :ws AND t.workspace_id = :ws""");
        params.put("ws", me.workspaceId().value());
        var predicate = access.predicate(me, ThirdPartyAccess.Columns.of("t"));
        if (predicate.restricts()) {
            sql.append(" AND ").append(predicate.sql());
            params.putAll(predicate.params());
        }
        where(sql, params, "d.pipeline_key = :pipeline", "pipeline", filter.pipeline());
        if (!filter.phases().isEmpty()) {
            sql.append(" AND d.phase_key IN (:phases)");
            params.put("phases", List.copyOf(filter.phases()));
        }
        where(sql, params, "d.object_id = :objectId", "objectId", filter.objectId());
        where(sql, params, "d.third_party_id = :thirdPartyId", "thirdPartyId", filter.thirdPartyId());
        where(sql, params, "d.owner_id = :owner", "owner", filter.owner());
        if (filter.minDaysInPhase() != null) {
            where(
                    sql,
                    params,
                    "d.entered_phase_at <= :enteredBefore",
                    "enteredBefore",
                    Db.ts(clock.instant().minus(Duration.ofDays(filter.minDaysInPhase()))));
        }
        return sql;
    }

    private JdbcClient.StatementSpec bind(StringBuilder sql, Map<String, Object> params) {
        var spec = jdbc.sql(sql.toString());
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        return spec;
    }

    private static void where(
            StringBuilder sql, Map<String, Object> params, String condition, String name, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            params.put(name, value);
        }
    }
}
