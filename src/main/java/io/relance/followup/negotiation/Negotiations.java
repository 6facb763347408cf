package io.relance.followup.negotiation;

import io.relance.followup.NegotiationId;
import io.relance.party.ThirdPartyId;
import io.relance.shared.Db;
import io.relance.shared.StaleVersionException;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/**
 * The negotiations ({@code followup_negotiations}); every statement names the workspace. One open negotiation per
 * third party (the unique key on {@code open_third_party_id}, also against another node starting one at the same
 * time); an update checks the version it read.
 */
@Repository
public class Negotiations {

    /** An open negotiation the daily run handles: its id and third party. */
    public record Due(NegotiationId id, ThirdPartyId thirdParty, LocalDate startedOn) {}

    private final JdbcClient jdbc;

    Negotiations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a new open negotiation; false when the third party has one open already. */
    public boolean insert(Negotiation n) {
        return jdbc.sql("""
                        INSERT INTO followup_negotiations (workspace_id, id, version, third_party_id, status,
                            open_third_party_id, started_by, started_at, started_on, quote_id, warned_on, ended_at,
                            ended_by, loss_id)
                        VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                        .params(
                                n.workspace().value(),
                                n.id().value(),
                                n.thirdParty().value(),
                                n.status().name(),
                                n.open() ? n.thirdParty().value() : null,
                                n.trigger().name(),
                                Db.ts(n.startedAt()),
                                Date.valueOf(n.startedOn()),
                                n.quoteId(),
                                n.warnedOn() == null ? null : Date.valueOf(n.warnedOn()),
                                n.endedAt() == null ? null : Db.ts(n.endedAt()),
                                n.endedBy() == null ? null : n.endedBy().value(),
                                n.lossId())
                        .update()
                == 1;
    }

    /** Saves how it ended; a {@link StaleVersionException} when someone saved it since it was read. */
    public void update(Negotiation n) {
        if (!updateIfCurrent(n)) {
            throw new StaleVersionException();
        }
    }

    /** Saves how it ended unless someone saved it since it was read (then false, nothing written). */
    public boolean updateIfCurrent(Negotiation n) {
        return jdbc.sql("""
                        UPDATE followup_negotiations SET version = version + 1, status = ?, open_third_party_id = ?,
                            ended_at = ?, ended_by = ?, loss_id = ?
                        WHERE workspace_id = ? AND id = ? AND version = ?""")
                        .params(
                                n.status().name(),
                                n.open() ? n.thirdParty().value() : null,
                                n.endedAt() == null ? null : Db.ts(n.endedAt()),
                                n.endedBy() == null ? null : n.endedBy().value(),
                                n.lossId(),
                                n.workspace().value(),
                                n.id().value(),
                                n.version())
                        .update()
                == 1;
    }

    public Optional<Negotiation> find(WorkspaceId ws, NegotiationId id) {
        return jdbc.sql("SELECT * FROM followup_negotiations WHERE workspace_id = ? AND id = ?")
                .params(ws.value(), id.value())
                .query(Negotiations::map)
                .optional();
    }

    /** The third party's open negotiation, if any. */
    public Optional<Negotiation> openOf(WorkspaceId ws, ThirdPartyId thirdParty) {
        return jdbc.sql("SELECT * FROM followup_negotiations WHERE workspace_id = ? AND open_third_party_id = ?")
                .params(ws.value(), thirdParty.value())
                .query(Negotiations::map)
                .optional();
    }

    /** The third party's negotiations, newest first. */
    public List<Negotiation> of(WorkspaceId ws, ThirdPartyId thirdParty) {
        return jdbc.sql("""
                        SELECT * FROM followup_negotiations WHERE workspace_id = ? AND third_party_id = ?
                        ORDER BY started_at DESC, id DESC""")
                .params(ws.value(), thirdParty.value())
                .query(Negotiations::map)
                .list();
    }

    /**
     * The open negotiations not warned yet, started between {@code from} and {@code to} (both inclusive): within their
     * warning period. One statement for the workspace; {@code among}, when given, narrows it to these negotiations (a
     * daily chunk checked again).
     */
    public List<Due> toWarn(WorkspaceId ws, LocalDate from, LocalDate to, Collection<NegotiationId> among) {
        return jdbc.sql("""
                        SELECT id, third_party_id, started_on FROM followup_negotiations
                        WHERE workspace_id = :ws AND status = 'OPEN' AND started_on >= :from AND started_on <= :to
                            AND warned_on IS NULL""" + (among == null ? "" : " AND id = ANY(:among)") + " ORDER BY started_on, id")
                .params(among(among))
                .param("ws", ws.value())
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query(Negotiations::due)
                .list();
    }

    /**
     * Marks the warning of these negotiations given today, each only while it is open and not warned (another node, a
     * run before): how many this statement marked.
     */
    public int claimWarnings(WorkspaceId ws, Collection<NegotiationId> ids, LocalDate today) {
        return jdbc.sql("""
                        UPDATE followup_negotiations SET warned_on = :today
                        WHERE workspace_id = :ws AND id = ANY(:ids) AND status = 'OPEN' AND warned_on IS NULL""")
                .param("today", Date.valueOf(today))
                .param("ws", ws.value())
                .param("ids", ids(ids))
                .update();
    }

    /**
     * The open negotiations started before {@code startedBefore}: past their time limit. One statement for the
     * workspace; {@code among}, when given, narrows it to these negotiations.
     */
    public List<Due> pastLimit(WorkspaceId ws, LocalDate startedBefore, Collection<NegotiationId> among) {
        return jdbc.sql("""
                        SELECT id, third_party_id, started_on FROM followup_negotiations
                        WHERE workspace_id = :ws AND status = 'OPEN' AND started_on < :before""" + (among == null ? "" : " AND id = ANY(:among)") + " ORDER BY started_on, id")
                .params(among(among))
                .param("ws", ws.value())
                .param("before", Date.valueOf(startedBefore))
                .query(Negotiations::due)
                .list();
    }

    /**
     * Closes these negotiations as lost, each as its loss of {@code losses} (by the daily run: nobody), in one
     * statement, each only while it is still open: how many it closed.
     */
    public int loseAll(WorkspaceId ws, Map<NegotiationId, UUID> losses, Instant now) {
        if (losses.isEmpty()) {
            return 0;
        }
        // a searched CASE: Citus sends a simple one ("CASE id WHEN ...") to its workers in a form they misread
        StringBuilder lossOf = new StringBuilder("CASE");
        Map<String, Object> params = new HashMap<>();
        int i = 0;
        for (Map.Entry<NegotiationId, UUID> e : losses.entrySet()) {
            // typed, so that the statement also runs with its values written in (the bench's replay from the log)
            lossOf.append(" WHEN id = :n")
                    .append(i)
                    .append(" THEN CAST(:l")
                    .append(i)
                    .append(" AS UUID)");
            params.put("n" + i, e.getKey().value());
            params.put("l" + i, e.getValue());
            i++;
        }
        lossOf.append(" END");
        return jdbc.sql("UPDATE followup_negotiations SET version = version + 1, status = 'LOST',"
                        + " open_third_party_id = NULL, ended_at = :now, ended_by = NULL, loss_id = " + lossOf
                        + " WHERE workspace_id = :ws AND id = ANY(:ids) AND status = 'OPEN'")
                .params(params)
                .param("now", Db.ts(now))
                .param("ws", ws.value())
                .param("ids", ids(losses.keySet()))
                .update();
    }

    private static Map<String, Object> among(Collection<NegotiationId> among) {
        return among == null ? Map.of() : Map.of("among", ids(among));
    }

    private static SqlArrayValue ids(Collection<NegotiationId> ids) {
        return Db.uuids(ids.stream().map(NegotiationId::value).toList());
    }

    /** A merge: the duplicate's negotiations become the survivor's (its open one closed first by the caller). */
    public void moveThirdParty(WorkspaceId ws, ThirdPartyId from, ThirdPartyId to) {
        jdbc.sql("""
                        UPDATE followup_negotiations SET third_party_id = ?,
                            open_third_party_id = CASE WHEN open_third_party_id IS NULL THEN NULL ELSE ? END
                        WHERE workspace_id = ? AND third_party_id = ?""").params(to.value(), to.value(), ws.value(), from.value()).update();
    }

    /** Erases one negotiation (a merge's second open one: the same negotiation told twice). */
    public void delete(WorkspaceId ws, NegotiationId id) {
        jdbc.sql("DELETE FROM followup_negotiations WHERE workspace_id = ? AND id = ?")
                .params(ws.value(), id.value())
                .update();
    }

    /** A purge: the third party's negotiations are erased with it. */
    public void deleteOf(WorkspaceId ws, ThirdPartyId thirdParty) {
        jdbc.sql("DELETE FROM followup_negotiations WHERE workspace_id = ? AND third_party_id = ?")
                .params(ws.value(), thirdParty.value())
                .update();
    }

    private static Due due(ResultSet rs, int row) throws SQLException {
        return new Due(
                new NegotiationId(Db.uuid(rs, "id")),
                new ThirdPartyId(Db.uuid(rs, "third_party_id")),
                rs.getDate("started_on").toLocalDate());
    }

    static Negotiation map(ResultSet rs, int row) throws SQLException {
        Date warned = rs.getDate("warned_on");
        UUID endedBy = Db.uuid(rs, "ended_by");
        return new Negotiation(
                new WorkspaceId(Db.uuid(rs, "workspace_id")),
                new NegotiationId(Db.uuid(rs, "id")),
                rs.getLong("version"),
                new ThirdPartyId(Db.uuid(rs, "third_party_id")),
                NegotiationStatus.valueOf(rs.getString("status")),
                NegotiationTrigger.valueOf(rs.getString("started_by")),
                Db.instant(rs, "started_at"),
                rs.getDate("started_on").toLocalDate(),
                Db.uuid(rs, "quote_id"),
                warned == null ? null : warned.toLocalDate(),
                Db.instant(rs, "ended_at"),
                endedBy == null ? null : new UserId(endedBy),
                Db.uuid(rs, "loss_id"));
    }
}
