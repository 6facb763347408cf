package io.relance.tracking.engagement;

import io.relance.shared.Db;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;

/**
 * Writes a batch's engagement rows by their primary key, one statement per subject type on PostgreSQL and Citus:
 * {@code UPDATE … FROM unnest(arrays)} joined on {@code subject_id}, the workspace and the type bound once (a router
 * statement on Citus). The plan cannot walk another index row by row for each subject: the key is the table's only
 * index (migration {@code V20261201060000}), and one statement for hundreds of rows is one round trip. On H2, a JDBC
 * batch of the same keyed update per row.
 */
final class EngagementWrites {

    /** A subject's fresh engagement (its score and published score included). */
    record Row(SubjectKey subject, EngagementStore.Stored values) {}

    /** The keyed update of a batch on PostgreSQL: now, the eight arrays, the workspace, the subject type. */
    static final String UPDATE_BY_KEY = """
            UPDATE tracking_engagement e SET opens = v.opens, visitors = v.visitors,
                first_open_at = v.first_open_at, last_open_at = v.last_open_at,
                visible_seconds = v.visible_seconds, score = v.score, published_score = v.published_score,
                updated_at = ?, version = e.version + 1
            FROM unnest(?::uuid[], ?::int4[], ?::int4[], ?::text[]::timestamptz[],
                        ?::text[]::timestamptz[], ?::int8[], ?::int4[], ?::int4[])
                AS v(subject_id, opens, visitors, first_open_at, last_open_at, visible_seconds, score,
                     published_score)
            WHERE e.workspace_id = ? AND e.subject_type = ? AND e.subject_id = v.subject_id""";

    private EngagementWrites() {}

    static void update(JdbcTemplate jdbc, boolean postgres, WorkspaceId ws, Instant now, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (!postgres) {
            List<Object[]> args = new ArrayList<>();
            for (Row r : rows) {
                EngagementStore.Stored v = r.values();
                args.add(new Object[] {
                    v.opens(),
                    v.visitors(),
                    Db.ts(v.firstOpenAt()),
                    Db.ts(v.lastOpenAt()),
                    v.visibleSeconds(),
                    v.score(),
                    v.publishedScore(),
                    Db.ts(now),
                    ws.value(),
                    r.subject().type(),
                    r.subject().id()
                });
            }
            jdbc.batchUpdate("""
                    UPDATE tracking_engagement SET opens = ?, visitors = ?, first_open_at = ?, last_open_at = ?,
                        visible_seconds = ?, score = ?, published_score = ?, updated_at = ?, version = version + 1
                    WHERE workspace_id = ? AND subject_type = ? AND subject_id = ?""", args);
            return;
        }
        Map<String, List<Row>> byType = new LinkedHashMap<>();
        rows.forEach(r -> byType.computeIfAbsent(r.subject().type(), t -> new ArrayList<>())
                .add(r));
        byType.forEach((type, part) -> jdbc.update(
                UPDATE_BY_KEY,
                Db.ts(now),
                new SqlArrayValue(
                        "uuid", part.stream().map(r -> r.subject().id()).toArray()),
                new SqlArrayValue(
                        "int4", part.stream().map(r -> r.values().opens()).toArray()),
                new SqlArrayValue(
                        "int4", part.stream().map(r -> r.values().visitors()).toArray()),
                new SqlArrayValue(
                        "text",
                        part.stream().map(r -> iso(r.values().firstOpenAt())).toArray()),
                new SqlArrayValue(
                        "text",
                        part.stream().map(r -> iso(r.values().lastOpenAt())).toArray()),
                new SqlArrayValue(
                        "int8",
                        part.stream().map(r -> r.values().visibleSeconds()).toArray()),
                new SqlArrayValue(
                        "int4", part.stream().map(r -> r.values().score()).toArray()),
                new SqlArrayValue(
                        "int4",
                        part.stream().map(r -> r.values().publishedScore()).toArray()),
                ws.value(),
                type));
    }

    /** An instant as a timestamptz array element, in ISO-8601 UTC (null stays null): no time zone guessed. */
    static String iso(Instant at) {
        return at == null ? null : at.toString();
    }
}
