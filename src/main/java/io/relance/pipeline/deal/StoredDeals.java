package io.relance.pipeline.deal;

import io.relance.party.ThirdPartyId;
import io.relance.pipeline.DealId;
import io.relance.shared.Db;
import io.relance.shared.Money;
import io.relance.shared.StaleVersionException;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The deals of the workspaces ({@code deals}): one statement per read or write, each naming the workspace. */
@Repository
class StoredDeals {

    static final String COLUMNS =
            "id, pipeline_key, phase_key, third_party_id, contact_id, object_id, owner_id, amount,"
                    + " currency, expected_on, entered_phase_at, last_activity_at, visits, created_at, created_by, version";

    private final JdbcClient jdbc;

    StoredDeals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Deal> find(WorkspaceId ws, DealId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM deals WHERE workspace_id = ? AND id = ?")
                .params(ws.value(), id.value())
                .query(StoredDeals::map)
                .optional();
    }

    /** The newest deal of a pipeline for this third party on this object (or none), when it is still open. */
    Optional<Deal> latestOf(WorkspaceId ws, String pipeline, ThirdPartyId thirdParty, UUID objectId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM deals WHERE workspace_id = ? AND pipeline_key = ?"
                        + " AND third_party_id = ? AND " + (objectId == null ? "object_id IS NULL" : "object_id = ?")
                        + " ORDER BY created_at DESC, id DESC FETCH FIRST 1 ROWS ONLY")
                .params(
                        objectId == null
                                ? List.of(ws.value(), pipeline, thirdParty.value())
                                : List.of(ws.value(), pipeline, thirdParty.value(), objectId))
                .query(StoredDeals::map)
                .optional();
    }

    void insert(WorkspaceId ws, Deal d) {
        jdbc.sql("INSERT INTO deals (workspace_id, " + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(Arrays.asList(
                        ws.value(),
                        d.id().value(),
                        d.pipeline(),
                        d.phase(),
                        d.thirdPartyId().value(),
                        d.contactId(),
                        d.objectId(),
                        d.ownerId().value(),
                        d.amount() == null ? null : d.amount().amount(),
                        d.currency().getCurrencyCode(),
                        d.expectedOn(),
                        Db.ts(d.enteredPhaseAt()),
                        Db.ts(d.lastActivityAt()),
                        d.visits(),
                        Db.ts(d.createdAt()),
                        d.createdBy() == null ? null : d.createdBy().value()))
                .update();
    }

    /** Saves a deal read at its version; a stale write (someone changed it meanwhile) is a 409. Answers the new version. */
    long update(WorkspaceId ws, Deal d) {
        int rows = jdbc.sql("""
                        UPDATE deals SET phase_key = ?, contact_id = ?, object_id = ?, owner_id = ?, amount = ?,
                            expected_on = ?, entered_phase_at = ?, last_activity_at = ?, visits = ?, version = version + 1
                        WHERE workspace_id = ? AND id = ? AND version = ?""")
                .params(Arrays.asList(
                        d.phase(),
                        d.contactId(),
                        d.objectId(),
                        d.ownerId().value(),
                        d.amount() == null ? null : d.amount().amount(),
                        d.expectedOn(),
                        Db.ts(d.enteredPhaseAt()),
                        Db.ts(d.lastActivityAt()),
                        d.visits(),
                        ws.value(),
                        d.id().value(),
                        d.version()))
                .update();
        if (rows == 0) {
            throw new StaleVersionException();
        }
        return d.version() + 1;
    }

    List<DealId> idsOf(WorkspaceId ws, ThirdPartyId thirdParty) {
        return jdbc.sql("SELECT id FROM deals WHERE workspace_id = ? AND third_party_id = ?")
                .params(ws.value(), thirdParty.value())
                .query((rs, n) -> new DealId(Db.uuid(rs, "id")))
                .list();
    }

    void moveThirdParty(WorkspaceId ws, ThirdPartyId from, ThirdPartyId to) {
        jdbc.sql(
                        "UPDATE deals SET third_party_id = ?, version = version + 1 WHERE workspace_id = ? AND third_party_id = ?")
                .params(to.value(), ws.value(), from.value())
                .update();
    }

    void erase(WorkspaceId ws, DealId id) {
        jdbc.sql("DELETE FROM deals WHERE workspace_id = ? AND id = ?")
                .params(ws.value(), id.value())
                .update();
    }

    static Deal map(ResultSet rs, int row) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency").strip());
        BigDecimal amount = rs.getBigDecimal("amount");
        UUID createdBy = Db.uuid(rs, "created_by");
        java.sql.Date expected = rs.getDate("expected_on");
        return new Deal(
                new DealId(Db.uuid(rs, "id")),
                rs.getString("pipeline_key"),
                rs.getString("phase_key"),
                new ThirdPartyId(Db.uuid(rs, "third_party_id")),
                Db.uuid(rs, "contact_id"),
                Db.uuid(rs, "object_id"),
                new UserId(Db.uuid(rs, "owner_id")),
                amount == null ? null : new Money(amount, currency),
                currency,
                expected == null ? null : expected.toLocalDate(),
                Db.instant(rs, "entered_phase_at"),
                Db.instant(rs, "last_activity_at"),
                rs.getInt("visits"),
                Db.instant(rs, "created_at"),
                createdBy == null ? null : new UserId(createdBy),
                rs.getLong("version"));
    }
}
