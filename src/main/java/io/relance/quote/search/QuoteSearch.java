package io.relance.quote.search;

import io.relance.party.ThirdPartyAccess;
import io.relance.quote.core.QuoteRecords;
import io.relance.shared.Cursors;
import io.relance.shared.Db;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.ListPage;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceManagement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The quote list: the quotes of third parties the user may see ({@link ThirdPartyAccess}'s SQL predicate), filtered
 * and sorted in SQL, paged by keyset (the sort value and the id of the last row: no OFFSET). Values reach SQL only
 * as bound parameters.
 */
@Service
public class QuoteSearch {

    private final JdbcClient jdbc;
    private final ThirdPartyAccess access;
    private final WorkspaceManagement workspaces;

    QuoteSearch(JdbcClient jdbc, ThirdPartyAccess access, WorkspaceManagement workspaces) {
        this.jdbc = jdbc;
        this.access = access;
        this.workspaces = workspaces;
    }

    public ListPage<QuoteListRow> list(RelanceUser me, QuoteFilter filter, PageRequest page) {
        ZoneId zone = workspaces.workspace(me.workspaceId()).zone();
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("""
                SELECT q.*, t.owner_id AS owner_id, t.name AS third_party_name, t.code AS third_party_code
                FROM quotes q JOIN third_parties t
                  ON t.workspace_id = q.workspace_id AND t.id = q.third_party_id AND t.deleted_at IS NULL
                WHERE q.workspace_id = :ws""");
        params.put("ws", me.workspaceId().value());
        var predicate = access.predicate(me, ThirdPartyAccess.Columns.of("t"));
        if (predicate.restricts()) {
            sql.append(" AND ").append(predicate.sql());
            params.putAll(predicate.params());
        }
        if (!filter.statuses().isEmpty()) {
            sql.append(" AND q.status IN (:statuses)");
            params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        UUID owner = filter.owner() == null ? null : filter.owner().value();
        UUID thirdParty =
                filter.thirdParty() == null ? null : filter.thirdParty().value();
        where(sql, params, "t.owner_id = :owner", "owner", owner);
        where(sql, params, "q.third_party_id = :thirdParty", "thirdParty", thirdParty);
        where(sql, params, "q.created_at >= :createdFrom", "createdFrom", startOf(filter.createdFrom(), zone));
        where(sql, params, "q.created_at < :createdTo", "createdTo", startOf(filter.createdTo(), zone));
        where(sql, params, "q.total_gross >= :totalMin", "totalMin", filter.totalMin());
        where(sql, params, "q.total_gross <= :totalMax", "totalMax", filter.totalMax());
        where(
                sql,
                params,
                "COALESCE(q.engagement_score, 0) >= :engagementMin",
                "engagementMin",
                filter.engagementMin());
        where(
                sql,
                params,
                "COALESCE(q.engagement_score, 0) <= :engagementMax",
                "engagementMax",
                filter.engagementMax());
        QuoteSort sort = filter.sort();
        String expr = sort.key().sql;
        String op = sort.descending() ? "<" : ">";
        if (page.cursor() != null) {
            List<String> parts = Cursors.decode(page.cursor(), 2);
            params.put("afterValue", cursorValue(sort.key(), parts.get(0)));
            params.put("afterId", Ids.parseCursorId(parts.get(1)));
            sql.append(" AND (" + expr + " " + op + " :afterValue OR (" + expr + " = :afterValue AND q.id " + op
                    + " :afterId))");
        }
        String dir = sort.descending() ? " DESC" : " ASC";
        sql.append(" ORDER BY ").append(expr).append(dir).append(", q.id").append(dir);
        sql.append(" FETCH FIRST :fetch ROWS ONLY");
        params.put("fetch", page.limit() + 1);
        var spec = jdbc.sql(sql.toString());
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        List<QuoteListRow> rows = spec.query((rs, n) -> {
                    return new QuoteListRow(
                            QuoteRecords.summary(QuoteRecords.owned(rs, n)),
                            rs.getString("third_party_name"),
                            rs.getString("third_party_code"),
                            Db.instant(rs, "created_at"),
                            integer(rs.getObject("engagement_score")),
                            integer(rs.getObject("opens")),
                            Db.instant(rs, "last_opened_at"));
                })
                .list();
        return ListPage.of(
                rows,
                page.limit(),
                r -> Cursors.encode(sortValue(sort.key(), r), r.quote().id().toString()));
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    /** The start of the day in the zone; null for no day. */
    private static OffsetDateTime startOf(LocalDate day, ZoneId zone) {
        return day == null ? null : Db.ts(day.atStartOfDay(zone).toInstant());
    }

    /** Adds the condition and its parameter when the filter has a value for it (null: no condition). */
    private static void where(
            StringBuilder sql, Map<String, Object> params, String condition, String name, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            params.put(name, value);
        }
    }

    private static String sortValue(QuoteSort.Key key, QuoteListRow r) {
        return switch (key) {
            case createdAt -> r.createdAt().toString();
            case number -> r.quote().number();
            case validUntil -> r.quote().validUntil().toString();
            case totalGross -> r.quote().totalGross().amount().toPlainString();
            case status -> r.quote().status().name();
            case engagementScore -> String.valueOf(r.engagementScore() == null ? -1 : r.engagementScore());
        };
    }

    private static Object cursorValue(QuoteSort.Key key, String text) {
        try {
            return switch (key) {
                case createdAt -> Db.ts(java.time.Instant.parse(text));
                case number, status -> text;
                case validUntil -> LocalDate.parse(text);
                case totalGross -> new BigDecimal(text);
                case engagementScore -> Integer.parseInt(text);
            };
        } catch (RuntimeException e) {
            throw new InvalidInputException("cursor", "validation.cursor");
        }
    }
}
