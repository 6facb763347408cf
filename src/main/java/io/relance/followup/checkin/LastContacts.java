package io.relance.followup.checkin;

import io.relance.party.ThirdPartyId;
import io.relance.shared.Db;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/**
 * The last outbound contact with each third party and the day of its last check-in ({@code followup_contacts}); the
 * check-ins read the customers (the party module's {@code third_parties}: live customers, their owner) beside it, in
 * one statement routed to the workspace's shard.
 */
@Repository
public class LastContacts {

    /** A silent customer: who to check in with, who owns it, whether it has a row here already. */
    public record Silent(ThirdPartyId thirdParty, UserId owner, boolean noted) {}

    private final JdbcClient jdbc;

    LastContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Notes a contact at {@code at}, unless a later one is noted already. */
    public void contacted(WorkspaceId ws, ThirdPartyId thirdParty, Instant at) {
        int updated = jdbc.sql("""
                        UPDATE followup_contacts SET last_contact_at = ?
                        WHERE workspace_id = ? AND third_party_id = ? AND (last_contact_at IS NULL OR last_contact_at < ?)""")
                .params(Db.ts(at), ws.value(), thirdParty.value(), Db.ts(at))
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO followup_contacts (workspace_id, third_party_id, last_contact_at, check_in_on)
                            VALUES (?, ?, ?, NULL) ON CONFLICT DO NOTHING""").params(ws.value(), thirdParty.value(), Db.ts(at)).update();
        }
    }

    public Optional<Instant> lastContact(WorkspaceId ws, ThirdPartyId thirdParty) {
        return jdbc.sql("SELECT last_contact_at FROM followup_contacts WHERE workspace_id = ? AND third_party_id = ?")
                .params(ws.value(), thirdParty.value())
                .query((rs, n) -> Optional.ofNullable(Db.instant(rs, "last_contact_at")))
                .optional()
                .flatMap(o -> o);
    }

    /**
     * The live customers (not {@code DO_NOT_CONTACT}) without contact since {@code silentSince} (none at all: since
     * they were created) whose last check-in, if any, was planned on or before {@code checkedInOnOrBefore}. One
     * statement for the workspace; {@code among}, when given, narrows it to these third parties (a daily chunk checked
     * again).
     */
    public List<Silent> silentCustomers(
            WorkspaceId ws, Instant silentSince, LocalDate checkedInOnOrBefore, Collection<ThirdPartyId> among) {
        return jdbc.sql("""
                        SELECT t.id, t.owner_id, c.third_party_id AS noted FROM third_parties t
                        LEFT JOIN followup_contacts c ON c.workspace_id = t.workspace_id AND c.third_party_id = t.id
                        WHERE t.workspace_id = :ws AND t.customer = TRUE AND t.deleted_at IS NULL
                            AND t.merged_into IS NULL AND t.status <> 'DO_NOT_CONTACT'
                            AND COALESCE(c.last_contact_at, t.created_at) < :silentSince
                            AND (c.check_in_on IS NULL OR c.check_in_on <= :checkedIn)""" + (among == null ? "" : " AND t.id = ANY(:among)") + " ORDER BY t.id")
                .params(among == null ? Map.of() : Map.of("among", ids(among)))
                .param("ws", ws.value())
                .param("silentSince", Db.ts(silentSince))
                .param("checkedIn", Date.valueOf(checkedInOnOrBefore))
                .query((rs, n) -> new Silent(
                        new ThirdPartyId(Db.uuid(rs, "id")),
                        new UserId(Db.uuid(rs, "owner_id")),
                        Db.uuid(rs, "noted") != null))
                .list();
    }

    /**
     * Marks the check-in of these third parties planned today, set-based (one statement for those without a row yet,
     * one for the others), each unless it was since {@code checkedInOnOrBefore} or it was contacted since
     * {@code silentSince} (another node, a run before, a call meanwhile): how many these statements marked.
     */
    public int claimCheckIns(
            WorkspaceId ws, List<Silent> silent, LocalDate today, Instant silentSince, LocalDate checkedInOnOrBefore) {
        List<Silent> fresh = silent.stream().filter(s -> !s.noted()).toList();
        List<Silent> noted = silent.stream().filter(Silent::noted).toList();
        int claimed = 0;
        if (!fresh.isEmpty()) {
            List<Object> params = new ArrayList<>(fresh.size() * 3);
            for (Silent s : fresh) {
                params.addAll(List.of(ws.value(), s.thirdParty().value(), Date.valueOf(today)));
            }
            claimed += jdbc.sql("INSERT INTO followup_contacts (workspace_id, third_party_id, last_contact_at,"
                            + " check_in_on) VALUES "
                            + String.join(", ", Collections.nCopies(fresh.size(), "(?, ?, NULL, ?)"))
                            + " ON CONFLICT DO NOTHING")
                    .params(params)
                    .update();
        }
        if (!noted.isEmpty()) {
            claimed += jdbc.sql("""
                            UPDATE followup_contacts SET check_in_on = :today
                            WHERE workspace_id = :ws AND third_party_id = ANY(:ids)
                                AND (check_in_on IS NULL OR check_in_on <= :checkedIn)
                                AND (last_contact_at IS NULL OR last_contact_at < :silentSince)""")
                    .param("today", Date.valueOf(today))
                    .param("ws", ws.value())
                    .param("ids", ids(noted.stream().map(Silent::thirdParty).toList()))
                    .param("checkedIn", Date.valueOf(checkedInOnOrBefore))
                    .param("silentSince", Db.ts(silentSince))
                    .update();
        }
        return claimed;
    }

    private static SqlArrayValue ids(Collection<ThirdPartyId> ids) {
        return Db.uuids(ids.stream().map(ThirdPartyId::value).toList());
    }

    /** A merge: the survivor keeps the later contact; the duplicate's row goes. */
    public void merge(WorkspaceId ws, ThirdPartyId survivor, ThirdPartyId duplicate) {
        lastContact(ws, duplicate).ifPresent(at -> contacted(ws, survivor, at));
        deleteOf(ws, duplicate);
    }

    public void deleteOf(WorkspaceId ws, ThirdPartyId thirdParty) {
        jdbc.sql("DELETE FROM followup_contacts WHERE workspace_id = ? AND third_party_id = ?")
                .params(ws.value(), thirdParty.value())
                .update();
    }
}
