package io.relance.followup.advice;

import io.relance.shared.Db;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The advice each quote had at the last look ({@code followup_advice_marks}); a quote without a row had none. A move
 * from one advice to the next is a compare-and-set: of two looks at once, only one moves it.
 */
@Repository
class AdviceMarks {

    /** The mark of a quote without advice. */
    static final String NONE = "NONE";

    private final JdbcClient jdbc;

    AdviceMarks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The workspace's marks, by quote. */
    Map<UUID, String> of(WorkspaceId ws) {
        Map<UUID, String> marks = new HashMap<>();
        jdbc.sql("SELECT quote_id, advice FROM followup_advice_marks WHERE workspace_id = ?")
                .param(ws.value())
                .query(rs -> {
                    marks.put(Db.uuid(rs, "quote_id"), rs.getString("advice"));
                });
        return marks;
    }

    /** The marks of these quotes (opened quotes, a daily chunk checked again); a quote without a row is left out. */
    Map<UUID, String> of(WorkspaceId ws, Collection<UUID> quotes) {
        Map<UUID, String> marks = new HashMap<>();
        jdbc.sql("SELECT quote_id, advice FROM followup_advice_marks WHERE workspace_id = :ws AND quote_id = ANY(:ids)")
                .param("ws", ws.value())
                .param("ids", Db.uuids(quotes))
                .query(rs -> {
                    marks.put(Db.uuid(rs, "quote_id"), rs.getString("advice"));
                });
        return marks;
    }

    /** A move of one quote's mark: from what was read (a row or none), to the new advice. */
    record Move(UUID quote, boolean row, String from, String to) {}

    /**
     * Moves many quotes' marks at once, each only while it is still what was read: one statement for those with a row
     * (a compare-and-set per quote, in one UPDATE), one for those without (a multi-row insert). Answers how many moved:
     * fewer than asked when another look moved some first.
     */
    int moveAll(WorkspaceId ws, List<Move> moves, Instant now) {
        List<Move> update = moves.stream().filter(Move::row).toList();
        List<Move> insert = moves.stream().filter(m -> !m.row()).toList();
        int moved = 0;
        if (!update.isEmpty()) {
            // searched CASEs: Citus sends a simple one ("CASE quote_id WHEN ...") to its workers in a form they misread
            StringBuilder to = new StringBuilder("CASE");
            StringBuilder from = new StringBuilder("CASE");
            Map<String, Object> params = new HashMap<>();
            for (int i = 0; i < update.size(); i++) {
                Move m = update.get(i);
                to.append(" WHEN quote_id = :q").append(i).append(" THEN :t").append(i);
                from.append(" WHEN quote_id = :q").append(i).append(" THEN :f").append(i);
                params.put("q" + i, m.quote());
                params.put("t" + i, m.to());
                params.put("f" + i, m.from());
            }
            moved += jdbc.sql("UPDATE followup_advice_marks SET advice = " + to + " END, changed_at = :now"
                            + " WHERE workspace_id = :ws AND quote_id = ANY(:ids) AND advice = " + from + " END")
                    .params(params)
                    .param("now", Db.ts(now))
                    .param("ws", ws.value())
                    .param("ids", Db.uuids(update.stream().map(Move::quote).toList()))
                    .update();
        }
        if (!insert.isEmpty()) {
            List<Object> params = new ArrayList<>();
            for (Move m : insert) {
                params.addAll(List.of(ws.value(), m.quote(), m.to(), Db.ts(now)));
            }
            moved += jdbc.sql("INSERT INTO followup_advice_marks (workspace_id, quote_id, advice, changed_at) VALUES "
                            + String.join(", ", Collections.nCopies(insert.size(), "(?, ?, ?, ?)"))
                            + " ON CONFLICT DO NOTHING")
                    .params(params)
                    .update();
        }
        return moved;
    }

    /** The quote was answered: no advice any more, nor a mark. */
    void forget(WorkspaceId ws, UUID quote) {
        jdbc.sql("DELETE FROM followup_advice_marks WHERE workspace_id = ? AND quote_id = ?")
                .params(ws.value(), quote)
                .update();
    }
}
