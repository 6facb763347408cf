package io.relance.followup.advice;

import io.relance.shared.Db;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.HashMap;
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

    String of(WorkspaceId ws, UUID quote) {
        return jdbc.sql("SELECT advice FROM followup_advice_marks WHERE workspace_id = ? AND quote_id = ?")
                .params(ws.value(), quote)
                .query(String.class)
                .optional()
                .orElse(NONE);
    }

    /**
     * Moves the quote's mark from {@code from} (as read) to {@code to}; false when it is no longer {@code from}
     * (another look moved it first: that look plans the task).
     */
    boolean move(WorkspaceId ws, UUID quote, String from, String to, Instant now) {
        int moved =
                jdbc.sql("""
                        UPDATE followup_advice_marks SET advice = ?, changed_at = ?
                        WHERE workspace_id = ? AND quote_id = ? AND advice = ?""").params(to, Db.ts(now), ws.value(), quote, from).update();
        if (moved == 0 && NONE.equals(from)) {
            moved = jdbc.sql("""
                            INSERT INTO followup_advice_marks (workspace_id, quote_id, advice, changed_at)
                            VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""").params(ws.value(), quote, to, Db.ts(now)).update();
        }
        return moved == 1;
    }

    /** The quote was answered: no advice any more, nor a mark. */
    void forget(WorkspaceId ws, UUID quote) {
        jdbc.sql("DELETE FROM followup_advice_marks WHERE workspace_id = ? AND quote_id = ?")
                .params(ws.value(), quote)
                .update();
    }
}
