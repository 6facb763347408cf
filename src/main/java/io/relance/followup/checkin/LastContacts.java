package io.relance.followup.checkin;

import io.relance.party.ThirdPartyId;
import io.relance.shared.Db;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The last outbound contact with each third party and the day of its last check-in ({@code followup_contacts}); the
 * check-ins read the customers (the party module's {@code third_parties}: live customers, their owner) beside it, in
 * one statement routed to the workspace's shard.
 */
@Repository
public class LastContacts {

    /** A silent customer: who to check in with, and who owns it. */
    public record Silent(ThirdPartyId thirdParty, UserId owner) {}

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
     * At most {@code max} live customers (not {@code DO_NOT_CONTACT}) without contact since {@code silentSince}
     * (none at all: since they were created) whose last check-in, if any, was planned on or before
     * {@code checkedInOnOrBefore}.
     */
    public List<Silent> silentCustomers(WorkspaceId ws, Instant silentSince, LocalDate checkedInOnOrBefore, int max) {
        return jdbc.sql("""
                        SELECT t.id, t.owner_id FROM third_parties t
                        LEFT JOIN followup_contacts c ON c.workspace_id = t.workspace_id AND c.third_party_id = t.id
                        WHERE t.workspace_id = ? AND t.customer = TRUE AND t.deleted_at IS NULL
                            AND t.merged_into IS NULL AND t.status <> 'DO_NOT_CONTACT'
                            AND COALESCE(c.last_contact_at, t.created_at) < ?
                            AND (c.check_in_on IS NULL OR c.check_in_on <= ?)
                        ORDER BY t.id LIMIT ?""")
                .params(ws.value(), Db.ts(silentSince), Date.valueOf(checkedInOnOrBefore), max)
                .query((rs, n) -> new Silent(new ThirdPartyId(Db.uuid(rs, "id")), new UserId(Db.uuid(rs, "owner_id"))))
                .list();
    }

    /**
     * Marks the check-in of a third party planned today, unless it was since {@code checkedInOnOrBefore} or it was
     * contacted since {@code silentSince} (another node, a run before, a call meanwhile): whether this call marked it.
     */
    public boolean claimCheckIn(
            WorkspaceId ws,
            ThirdPartyId thirdParty,
            LocalDate today,
            Instant silentSince,
            LocalDate checkedInOnOrBefore) {
        int inserted = jdbc.sql("""
                        INSERT INTO followup_contacts (workspace_id, third_party_id, last_contact_at, check_in_on)
                        VALUES (?, ?, NULL, ?) ON CONFLICT DO NOTHING""")
                .params(ws.value(), thirdParty.value(), Date.valueOf(today))
                .update();
        if (inserted == 1) {
            return true;
        }
        return jdbc.sql("""
                                UPDATE followup_contacts SET check_in_on = ?
                                WHERE workspace_id = ? AND third_party_id = ?
                                    AND (check_in_on IS NULL OR check_in_on <= ?)
                                    AND (last_contact_at IS NULL OR last_contact_at < ?)""")
                        .params(
                                Date.valueOf(today),
                                ws.value(),
                                thirdParty.value(),
                                Date.valueOf(checkedInOnOrBefore),
                                Db.ts(silentSince))
                        .update()
                == 1;
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
