package io.relance.party.ownership;

import io.relance.shared.Db;
import io.relance.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Time-boxed exceptions to exclusive ownership. */
@Repository
public class OwnershipExceptions {

    private final JdbcClient jdbc;

    OwnershipExceptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(WorkspaceId ws, OwnershipException e) {
        jdbc.sql("""
                INSERT INTO ownership_exceptions (workspace_id, id, third_party_id, user_id, granted_by, reason, ends_at,
                                                  created_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(
                        ws.value(),
                        e.id(),
                        e.thirdPartyId(),
                        e.userId(),
                        e.grantedBy(),
                        e.reason(),
                        Db.ts(e.endsAt()),
                        Db.ts(e.createdAt()))
                .update();
    }

    public List<OwnershipException> of(WorkspaceId ws, UUID thirdParty) {
        return jdbc.sql("""
                SELECT * FROM ownership_exceptions WHERE workspace_id = ? AND third_party_id = ?
                ORDER BY created_at DESC""")
                .params(ws.value(), thirdParty)
                .query(OwnershipExceptions::map)
                .list();
    }

    public boolean revoke(WorkspaceId ws, UUID thirdParty, UUID id, Instant now) {
        return jdbc.sql("""
                        UPDATE ownership_exceptions SET revoked_at = ?, version = version + 1
                        WHERE workspace_id = ? AND third_party_id = ? AND id = ? AND revoked_at IS NULL""").params(Db.ts(now), ws.value(), thirdParty, id).update() > 0;
    }

    public int moveAll(WorkspaceId ws, UUID from, UUID to) {
        return jdbc.sql(
                        "UPDATE ownership_exceptions SET third_party_id = ? WHERE workspace_id = ? AND third_party_id = ?")
                .params(to, ws.value(), from)
                .update();
    }

    private static OwnershipException map(ResultSet rs, int row) throws SQLException {
        return new OwnershipException(
                Db.uuid(rs, "id"),
                Db.uuid(rs, "third_party_id"),
                Db.uuid(rs, "user_id"),
                Db.uuid(rs, "granted_by"),
                rs.getString("reason"),
                Db.instant(rs, "ends_at"),
                Db.instant(rs, "created_at"),
                Db.instant(rs, "revoked_at"));
    }
}
