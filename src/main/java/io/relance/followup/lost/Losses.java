package io.relance.followup.lost;

import io.relance.followup.NegotiationId;
import io.relance.party.ThirdPartyId;
import io.relance.shared.Db;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The losses ({@code followup_losses}); every statement names the workspace. Nothing here is ever updated. */
@Repository
public class Losses {

    private final JdbcClient jdbc;

    Losses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(WorkspaceId ws, Loss loss) {
        insertAll(ws, List.of(loss));
    }

    /** Inserts losses in one multi-row statement (a daily chunk's time-outs: at most a few hundred). */
    public void insertAll(WorkspaceId ws, List<Loss> all) {
        if (all.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>(all.size() * 9);
        for (Loss loss : all) {
            params.addAll(Arrays.asList(
                    ws.value(),
                    loss.id(),
                    loss.thirdParty().value(),
                    loss.negotiation() == null ? null : loss.negotiation().value(),
                    loss.reason(),
                    loss.competitor(),
                    loss.comment(),
                    Db.ts(loss.lostAt()),
                    loss.by() == null ? null : loss.by().value()));
        }
        jdbc.sql("""
                        INSERT INTO followup_losses (workspace_id, id, third_party_id, negotiation_id, reason, competitor,
                            comment_text, lost_at, lost_by)
                        VALUES """ + String.join(", ", Collections.nCopies(all.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?)")))
                .params(params)
                .update();
    }

    /** A third party's losses, newest first. */
    public List<Loss> of(WorkspaceId ws, ThirdPartyId thirdParty) {
        return jdbc.sql("""
                        SELECT * FROM followup_losses WHERE workspace_id = ? AND third_party_id = ?
                        ORDER BY lost_at DESC, id DESC""")
                .params(ws.value(), thirdParty.value())
                .query(Losses::map)
                .list();
    }

    /** The reasons some loss of the workspace was recorded with. */
    public List<String> usedReasons(WorkspaceId ws) {
        return jdbc.sql("SELECT DISTINCT reason FROM followup_losses WHERE workspace_id = ?")
                .param(ws.value())
                .query(String.class)
                .list();
    }

    /** The competitors' names already given, the most used first (then by name), at most {@code max}. */
    public List<String> competitors(WorkspaceId ws, int max) {
        return jdbc.sql("""
                        SELECT competitor FROM followup_losses WHERE workspace_id = ? AND competitor IS NOT NULL
                        GROUP BY competitor ORDER BY COUNT(*) DESC, competitor LIMIT ?""").params(ws.value(), max).query(String.class).list();
    }

    /** Losses between {@code from} (inclusive) and {@code to} (exclusive), counted by reason, most first. */
    public Map<String, Long> countByReason(WorkspaceId ws, Instant from, Instant to) {
        return counts("""
                        SELECT reason AS item, COUNT(*) AS n FROM followup_losses
                        WHERE workspace_id = ? AND lost_at >= ? AND lost_at < ?
                        GROUP BY reason ORDER BY n DESC, item""", ws, from, to);
    }

    /** Losses to a competitor between {@code from} and {@code to} (exclusive), counted by competitor, most first. */
    public Map<String, Long> countByCompetitor(WorkspaceId ws, Instant from, Instant to) {
        return counts("""
                        SELECT competitor AS item, COUNT(*) AS n FROM followup_losses
                        WHERE workspace_id = ? AND lost_at >= ? AND lost_at < ? AND competitor IS NOT NULL
                        GROUP BY competitor ORDER BY n DESC, item""", ws, from, to);
    }

    private Map<String, Long> counts(String sql, WorkspaceId ws, Instant from, Instant to) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql(sql).params(ws.value(), Db.ts(from), Db.ts(to)).query(rs -> {
            counts.put(rs.getString("item"), rs.getLong("n"));
        });
        return counts;
    }

    /** A merge: the duplicate's losses become the survivor's. */
    public void moveThirdParty(WorkspaceId ws, ThirdPartyId from, ThirdPartyId to) {
        jdbc.sql("UPDATE followup_losses SET third_party_id = ? WHERE workspace_id = ? AND third_party_id = ?")
                .params(to.value(), ws.value(), from.value())
                .update();
    }

    /** A purge: the third party's losses are erased with it. */
    public void deleteOf(WorkspaceId ws, ThirdPartyId thirdParty) {
        jdbc.sql("DELETE FROM followup_losses WHERE workspace_id = ? AND third_party_id = ?")
                .params(ws.value(), thirdParty.value())
                .update();
    }

    static Loss map(ResultSet rs, int row) throws SQLException {
        UUID negotiation = Db.uuid(rs, "negotiation_id");
        UUID by = Db.uuid(rs, "lost_by");
        return new Loss(
                Db.uuid(rs, "id"),
                new ThirdPartyId(Db.uuid(rs, "third_party_id")),
                negotiation == null ? null : new NegotiationId(negotiation),
                rs.getString("reason"),
                rs.getString("competitor"),
                rs.getString("comment_text"),
                Db.instant(rs, "lost_at"),
                by == null ? null : new UserId(by));
    }
}
