package io.relance.object.matching;

import io.relance.party.ThirdPartyId;
import io.relance.shared.Db;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * object_offers: which objects were offered to which third parties through "write to matches" (one row per object
 * and third party, the first offer kept). Moved on a merge, erased on a purge, in their transaction.
 */
@Repository
class OfferTable {

    private final JdbcClient jdbc;

    OfferTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void offered(WorkspaceId ws, UUID object, UUID thirdParty, UUID contact, UUID profile, UUID by, Instant at) {
        jdbc.sql("""
                INSERT INTO object_offers (workspace_id, object_id, third_party_id, contact_id, profile_id, offered_by,
                    offered_at)
                SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM object_offers
                    WHERE workspace_id = ? AND object_id = ? AND third_party_id = ?)""")
                .params(ws.value(), object, thirdParty, contact, profile, by, Db.ts(at), ws.value(), object, thirdParty)
                .update();
    }

    @EventListener
    void on(io.relance.party.ThirdPartiesMerged merged) {
        UUID ws = merged.workspaceId().value();
        jdbc.sql("""
                DELETE FROM object_offers WHERE workspace_id = ? AND third_party_id = ? AND object_id IN
                    (SELECT object_id FROM object_offers WHERE workspace_id = ? AND third_party_id = ?)""")
                .params(ws, merged.duplicate().value(), ws, merged.survivor().value())
                .update();
        jdbc.sql("UPDATE object_offers SET third_party_id = ? WHERE workspace_id = ? AND third_party_id = ?")
                .params(merged.survivor().value(), ws, merged.duplicate().value())
                .update();
    }

    @EventListener
    void on(io.relance.party.ThirdPartyPurged purged) {
        erase(purged.workspaceId(), purged.id());
    }

    private void erase(WorkspaceId ws, ThirdPartyId thirdParty) {
        jdbc.sql("DELETE FROM object_offers WHERE workspace_id = ? AND third_party_id = ?")
                .params(ws.value(), thirdParty.value())
                .update();
    }
}
