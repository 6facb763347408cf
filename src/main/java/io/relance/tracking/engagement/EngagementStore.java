package io.relance.tracking.engagement;

import io.relance.shared.DatabaseKind;
import io.relance.shared.Db;
import io.relance.shared.WorkspaceId;
import io.relance.tracking.DayOpens;
import io.relance.tracking.Engagement;
import io.relance.tracking.EngagementsChanged;
import io.relance.tracking.IgnoredReason;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The engagement read model ({@code tracking_engagement}): refreshed from the opens and counted visits of the
 * subjects an event batch touched, in the batch's transaction (so it is live, not nightly), and read with the
 * ignored visits by reason and the opens per day.
 */
@Repository
public class EngagementStore {

    /**
     * A score that moved by less than this since it was last published is not published again (visible time moves
     * it a point every 15 seconds of reading): lists sort on a score at most this far from the live one.
     */
    public static final int SCORE_STEP = 5;

    /** The stored part of a subject's engagement. */
    record Stored(
            int opens,
            int visitors,
            Instant firstOpenAt,
            Instant lastOpenAt,
            long visibleSeconds,
            int score,
            int publishedScore) {
        static final Stored NONE = new Stored(0, 0, null, null, 0, 0, 0);
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DatabaseKind database;

    EngagementStore(
            JdbcClient jdbc, JdbcTemplate batch, ApplicationEventPublisher events, Clock clock, DatabaseKind database) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.events = events;
        this.clock = clock;
        this.database = database;
    }

    /**
     * Recomputes the subjects' opens, visitors, first and last open, visible time and score; publishes, as one set
     * ({@link EngagementsChanged}, per subject type), those whose opens or visitors changed, or whose score moved by
     * {@value #SCORE_STEP} or more since it was last published. Answers each subject's opens before the refresh (to
     * tell a first open).
     */
    public Map<SubjectKey, Integer> refresh(WorkspaceId ws, Collection<SubjectKey> subjects) {
        Map<SubjectKey, Stored> before = stored(ws, subjects);
        Map<SubjectKey, Stored> after = computed(ws, subjects);
        Instant now = clock.instant();
        List<Object[]> inserts = new ArrayList<>();
        List<EngagementWrites.Row> updates = new ArrayList<>();
        Map<SubjectKey, Integer> opensBefore = new HashMap<>();
        Map<String, List<EngagementsChanged.Change>> changed = new LinkedHashMap<>();
        for (SubjectKey s : new LinkedHashSet<>(subjects)) {
            Stored old = before.getOrDefault(s, Stored.NONE);
            opensBefore.put(s, old.opens());
            Stored fresh = after.getOrDefault(s, Stored.NONE);
            int score = EngagementScore.of(
                    fresh.opens(), fresh.visitors(), fresh.visibleSeconds(), fresh.lastOpenAt(), now);
            if (!before.containsKey(s)) {
                inserts.add(new Object[] {ws.value(), s.type(), s.id(), Db.ts(now)});
            }
            boolean publish = old.opens() != fresh.opens()
                    || old.visitors() != fresh.visitors()
                    || Math.abs(old.publishedScore() - score) >= SCORE_STEP;
            updates.add(new EngagementWrites.Row(
                    s,
                    new Stored(
                            fresh.opens(),
                            fresh.visitors(),
                            fresh.firstOpenAt(),
                            fresh.lastOpenAt(),
                            fresh.visibleSeconds(),
                            score,
                            publish ? score : old.publishedScore())));
            if (publish) {
                changed.computeIfAbsent(s.type(), t -> new ArrayList<>())
                        .add(new EngagementsChanged.Change(
                                s.id(), fresh.opens(), fresh.visitors(), fresh.lastOpenAt(), score));
            }
        }
        if (!inserts.isEmpty()) {
            batch.batchUpdate("""
                    INSERT INTO tracking_engagement (workspace_id, subject_type, subject_id, updated_at)
                    VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""", inserts);
        }
        EngagementWrites.update(batch, database.postgres(), ws, now, updates);
        changed.forEach((type, changes) -> EngagementsChanged.of(
                        ws, type, changes, EngagementsChanged.maxChanges(database.postgres()))
                .forEach(events::publishEvent));
        return opensBefore;
    }

    /** A subject's engagement, its score at {@code now}, its days and ignored visits. */
    public Engagement read(WorkspaceId ws, SubjectKey s) {
        Optional<Stored> row = Optional.ofNullable(stored(ws, List.of(s)).get(s));
        Map<IgnoredReason, Integer> ignored = new EnumMap<>(IgnoredReason.class);
        jdbc.sql("""
                        SELECT status, COUNT(*) AS n FROM tracking_visits
                        WHERE workspace_id = ? AND subject_type = ? AND subject_id = ?
                        GROUP BY status""").params(ws.value(), s.type(), s.id()).query(rs -> {
            IgnoredReason reason = reasonOf(rs.getString("status"));
            if (reason != null) {
                ignored.merge(reason, rs.getInt("n"), Integer::sum);
            }
        });
        List<DayOpens> days = jdbc.sql("""
                        SELECT opened_on, COUNT(*) AS n FROM tracking_opens
                        WHERE workspace_id = ? AND subject_type = ? AND subject_id = ?
                        GROUP BY opened_on ORDER BY opened_on""")
                .params(ws.value(), s.type(), s.id())
                .query((rs, n) -> new DayOpens(rs.getObject("opened_on", LocalDate.class), rs.getInt("n")))
                .list();
        Stored st = row.orElse(Stored.NONE);
        int score =
                EngagementScore.of(st.opens(), st.visitors(), st.visibleSeconds(), st.lastOpenAt(), clock.instant());
        return new Engagement(
                st.opens(),
                st.visitors(),
                st.firstOpenAt(),
                st.lastOpenAt(),
                st.visibleSeconds(),
                ignored,
                days,
                score);
    }

    /** The stored scores of these subjects (absent: 0), for lists that sort on them. */
    public Map<UUID, Integer> scores(WorkspaceId ws, String type, Collection<UUID> ids) {
        return bySubject(ws, type, ids, """
                        SELECT subject_id, score FROM tracking_engagement
                        WHERE workspace_id = ? AND subject_type = ? AND subject_id = ANY(?)""", (scores, rs) -> {
            scores.put(Db.uuid(rs, "subject_id"), rs.getInt("score"));
        });
    }

    /** The instants of a subject's opens, oldest first (for the advice). */
    public List<Instant> openTimes(WorkspaceId ws, SubjectKey s) {
        return jdbc.sql("""
                        SELECT opened_at FROM tracking_opens
                        WHERE workspace_id = ? AND subject_type = ? AND subject_id = ?
                        ORDER BY opened_at""")
                .params(ws.value(), s.type(), s.id())
                .query((rs, n) -> Db.instant(rs, "opened_at"))
                .list();
    }

    /** The instants of the opens of these subjects of one type, oldest first, by subject (only those opened). */
    public Map<UUID, List<Instant>> openTimes(WorkspaceId ws, String type, Collection<UUID> ids) {
        return bySubject(ws, type, ids, """
                        SELECT subject_id, opened_at FROM tracking_opens
                        WHERE workspace_id = ? AND subject_type = ? AND subject_id = ANY(?)
                        ORDER BY subject_id, opened_at""", (opens, rs) -> {
            opens.computeIfAbsent(Db.uuid(rs, "subject_id"), k -> new ArrayList<>())
                    .add(Db.instant(rs, "opened_at"));
        });
    }

    /** When the client last answered about each of these subjects (only those that answered). */
    public Map<UUID, Instant> lastAnswers(WorkspaceId ws, String type, Collection<UUID> ids) {
        return bySubject(ws, type, ids, """
                        SELECT subject_id, last_answer_at FROM tracking_engagement
                        WHERE workspace_id = ? AND subject_type = ? AND subject_id = ANY(?)
                          AND last_answer_at IS NOT NULL""", (answers, rs) -> {
            answers.put(Db.uuid(rs, "subject_id"), Db.instant(rs, "last_answer_at"));
        });
    }

    /** A row of a read over several subjects, put into the answer. */
    private interface SubjectRow<V> {
        void into(Map<UUID, V> answer, ResultSet rs) throws SQLException;
    }

    /**
     * A read over these subjects of one type ({@code sql} takes the workspace, the type and the ids, in that order),
     * each row put into the answer by {@code row}; empty without asking when there are no subjects.
     */
    private <V> Map<UUID, V> bySubject(
            WorkspaceId ws, String type, Collection<UUID> ids, String sql, SubjectRow<V> row) {
        Map<UUID, V> answer = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql(sql).params(ws.value(), type, Db.uuids(ids)).query(rs -> {
                row.into(answer, rs);
            });
        }
        return answer;
    }

    /**
     * Records that the client answered about the subject at {@code at} (a question): its latest answer moves forward,
     * never back. The row is made when the subject has none yet (answered before any counted open).
     */
    public void answered(WorkspaceId ws, SubjectKey s, Instant at) {
        jdbc.sql("""
                        INSERT INTO tracking_engagement (workspace_id, subject_type, subject_id, updated_at)
                        VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""").params(ws.value(), s.type(), s.id(), Db.ts(at)).update();
        jdbc.sql("""
                        UPDATE tracking_engagement SET last_answer_at = ?, version = version + 1
                        WHERE workspace_id = ? AND subject_type = ? AND subject_id = ?
                          AND (last_answer_at IS NULL OR last_answer_at < ?)""").params(Db.ts(at), ws.value(), s.type(), s.id(), Db.ts(at)).update();
    }

    /** When the client last answered about the subject; empty when never. */
    public Optional<Instant> lastAnswerAt(WorkspaceId ws, SubjectKey s) {
        return jdbc.sql("""
                        SELECT last_answer_at FROM tracking_engagement
                        WHERE workspace_id = ? AND subject_type = ? AND subject_id = ?""")
                .params(ws.value(), s.type(), s.id())
                .query((rs, n) -> Optional.ofNullable(Db.instant(rs, "last_answer_at")))
                .optional()
                .flatMap(a -> a);
    }

    static IgnoredReason reasonOf(String status) {
        return switch (status) {
            case "PENDING" -> IgnoredReason.NO_SCRIPT;
            case "EARLY", "BOT" -> IgnoredReason.BOT;
            case "BRIEF" -> IgnoredReason.BRIEF;
            case "INTERNAL" -> IgnoredReason.INTERNAL;
            case "AUTOMATED" -> IgnoredReason.AUTOMATED;
            default -> null;
        };
    }

    private Map<SubjectKey, Stored> stored(WorkspaceId ws, Collection<SubjectKey> subjects) {
        Map<SubjectKey, Stored> rows = new HashMap<>();
        for (Map.Entry<String, Set<UUID>> byType : byType(subjects).entrySet()) {
            jdbc.sql("""
                            SELECT * FROM tracking_engagement
                            WHERE workspace_id = ? AND subject_type = ? AND subject_id = ANY(?)""")
                    .params(ws.value(), byType.getKey(), Db.uuids(byType.getValue()))
                    .query(rs -> {
                        rows.put(
                                new SubjectKey(rs.getString("subject_type"), Db.uuid(rs, "subject_id")),
                                new Stored(
                                        rs.getInt("opens"),
                                        rs.getInt("visitors"),
                                        Db.instant(rs, "first_open_at"),
                                        Db.instant(rs, "last_open_at"),
                                        rs.getLong("visible_seconds"),
                                        rs.getInt("score"),
                                        rs.getInt("published_score")));
                    });
        }
        return rows;
    }

    private Map<SubjectKey, Stored> computed(WorkspaceId ws, Collection<SubjectKey> subjects) {
        Map<SubjectKey, Stored> rows = new HashMap<>();
        Map<SubjectKey, Long> visible = new HashMap<>();
        for (Map.Entry<String, Set<UUID>> byType : byType(subjects).entrySet()) {
            String type = byType.getKey();
            jdbc.sql("""
                            SELECT subject_id, SUM(visible_ms) AS ms FROM tracking_visits
                            WHERE workspace_id = ? AND subject_type = ? AND subject_id = ANY(?)
                              AND status IN ('OPEN', 'SAME_OPEN')
                            GROUP BY subject_id""").params(ws.value(), type, Db.uuids(byType.getValue())).query(rs -> {
                visible.put(new SubjectKey(type, Db.uuid(rs, "subject_id")), rs.getLong("ms") / 1000);
            });
            jdbc.sql("""
                            SELECT subject_id, COUNT(*) AS opens, COUNT(DISTINCT device) AS visitors,
                                   MIN(opened_at) AS first_open_at, MAX(opened_at) AS last_open_at
                            FROM tracking_opens
                            WHERE workspace_id = ? AND subject_type = ? AND subject_id = ANY(?)
                            GROUP BY subject_id""").params(ws.value(), type, Db.uuids(byType.getValue())).query(rs -> {
                SubjectKey s = new SubjectKey(type, Db.uuid(rs, "subject_id"));
                rows.put(
                        s,
                        new Stored(
                                rs.getInt("opens"),
                                rs.getInt("visitors"),
                                Db.instant(rs, "first_open_at"),
                                Db.instant(rs, "last_open_at"),
                                visible.getOrDefault(s, 0L),
                                0,
                                0));
            });
        }
        return rows;
    }

    private static Map<String, Set<UUID>> byType(Collection<SubjectKey> subjects) {
        Map<String, Set<UUID>> byType = new HashMap<>();
        subjects.forEach(s ->
                byType.computeIfAbsent(s.type(), t -> new LinkedHashSet<>()).add(s.id()));
        return byType;
    }
}
