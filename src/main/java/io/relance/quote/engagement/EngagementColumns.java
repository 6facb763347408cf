package io.relance.quote.engagement;

import io.relance.quote.QuoteId;
import io.relance.shared.DatabaseKind;
import io.relance.shared.Db;
import io.relance.tracking.EngagementsChanged;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the quote list's engagement columns (score, opens, last open) in step with the tracking module: on each
 * {@code EngagementsChanged} of quotes, after the tracking transaction commits (and again after a crash, the event
 * publication registry). The columns are the tracking module's numbers, not the user's edits: they do not move the
 * quote's version, so a user editing the quote meanwhile never gets a 409 for it.
 *
 * <p>The event's quotes are updated by their key in one statement on PostgreSQL and Citus ({@code UPDATE … FROM
 * unnest(arrays)} joined on the id, the workspace bound once: a router statement whose plan is the primary key's), in
 * one JDBC batch of the same keyed update on H2.
 */
@Component
class EngagementColumns {

    /** The keyed update on PostgreSQL: the four arrays (id, score, opens, last open), then the workspace. */
    static final String UPDATE_BY_KEY = """
            UPDATE quotes q SET engagement_score = v.score, opens = v.opens, last_opened_at = v.last_opened_at
            FROM unnest(?::uuid[], ?::int4[], ?::int4[], ?::text[]::timestamptz[])
                AS v(id, score, opens, last_opened_at)
            WHERE q.workspace_id = ? AND q.id = v.id""";

    private final JdbcTemplate jdbc;
    private final DatabaseKind database;

    EngagementColumns(JdbcTemplate jdbc, DatabaseKind database) {
        this.jdbc = jdbc;
        this.database = database;
    }

    @ApplicationModuleListener
    void on(EngagementsChanged changed) {
        if (!QuoteId.SUBJECT.equals(changed.subjectType()) || changed.changes().isEmpty()) {
            return;
        }
        List<EngagementsChanged.Change> changes = changed.changes();
        if (database.postgres()) {
            jdbc.update(
                    UPDATE_BY_KEY,
                    new SqlArrayValue(
                            "uuid",
                            changes.stream()
                                    .map(EngagementsChanged.Change::subjectId)
                                    .toArray()),
                    new SqlArrayValue(
                            "int4",
                            changes.stream()
                                    .map(EngagementsChanged.Change::score)
                                    .toArray()),
                    new SqlArrayValue(
                            "int4",
                            changes.stream()
                                    .map(EngagementsChanged.Change::opens)
                                    .toArray()),
                    new SqlArrayValue(
                            "text",
                            changes.stream()
                                    .map(c -> c.lastOpenedAt() == null
                                            ? null
                                            : c.lastOpenedAt().toString())
                                    .toArray()),
                    changed.workspace().value());
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        for (EngagementsChanged.Change c : changes) {
            rows.add(new Object[] {
                c.score(),
                c.opens(),
                Db.ts(c.lastOpenedAt()),
                changed.workspace().value(),
                c.subjectId()
            });
        }
        jdbc.batchUpdate("""
                UPDATE quotes SET engagement_score = ?, opens = ?, last_opened_at = ?
                WHERE workspace_id = ? AND id = ?""", rows);
    }
}
