package io.relance.party.search;

import io.relance.party.ProspectStatus;
import io.relance.party.ThirdPartyAccess;
import io.relance.party.ThirdPartyId;
import io.relance.shared.Db;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The statements of a bulk change: each sets one column on every selected third party at once, in the workspace,
 * not deleted, within the viewer's reach ({@link ThirdPartyAccess}), and only where the value differs. The tag
 * links carry the same columns for the tag-filtered list (see {@link ThirdPartyQuery}): they follow.
 */
@Repository
class BulkUpdates {

    /** What a bulk change reads of a selected third party before changing it. */
    record Selected(ThirdPartyId id, String name, ProspectStatus status, String potential, UserId ownerId) {}

    private static final ThirdPartyAccess.Columns COLUMNS = ThirdPartyAccess.Columns.of("t");

    private final JdbcClient jdbc;

    BulkUpdates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The selected third parties the viewer may change: of the workspace, not deleted, within his reach. */
    List<Selected> reachable(WorkspaceId ws, List<UUID> ids, ThirdPartyAccess.Predicate access) {
        return jdbc.sql("SELECT t.id, t.name, t.status, t.potential, t.owner_id FROM third_parties t"
                        + " WHERE t.workspace_id = :ws AND t.id IN (:ids) AND t.deleted_at IS NULL AND "
                        + access.sql() + " ORDER BY t.id")
                .param("ws", ws.value())
                .param("ids", ids)
                .params(access.params())
                .query((rs, n) -> new Selected(
                        new ThirdPartyId(Db.uuid(rs, "id")),
                        rs.getString("name"),
                        ProspectStatus.valueOf(rs.getString("status")),
                        rs.getString("potential"),
                        new UserId(Db.uuid(rs, "owner_id"))))
                .list();
    }

    /**
     * Sets {@code column} (status, potential or owner_id) to {@code value} on these third parties where it
     * differs, in one statement (and one for their tag links); answers how many rows changed.
     */
    int set(
            WorkspaceId ws,
            String column,
            Object value,
            List<UUID> ids,
            ThirdPartyAccess.Predicate access,
            Instant now) {
        if (!List.of("status", "potential", "owner_id").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        if (ids.isEmpty()) {
            return 0;
        }
        int changed = jdbc.sql("UPDATE third_parties t SET " + column + " = :value, updated_at = :now,"
                        + " version = t.version + 1 WHERE t.workspace_id = :ws AND t.id IN (:ids)"
                        + " AND t.deleted_at IS NULL AND (t." + column + " IS NULL OR t." + column + " <> :value)"
                        + " AND " + access.sql())
                .param("value", value)
                .param("now", Db.ts(now))
                .param("ws", ws.value())
                .param("ids", ids)
                .params(access.params())
                .update();
        jdbc.sql("UPDATE third_party_tags SET " + column + " = :value"
                        + " WHERE workspace_id = :ws AND third_party_id IN (:ids)")
                .param("value", value)
                .param("ws", ws.value())
                .param("ids", ids)
                .update();
        return changed;
    }

    /** Something beside the fields changed (a tag added): the third parties' time and version move. */
    void touch(WorkspaceId ws, List<UUID> ids, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE third_parties SET updated_at = :now, version = version + 1"
                        + " WHERE workspace_id = :ws AND id IN (:ids)")
                .param("now", Db.ts(now))
                .param("ws", ws.value())
                .param("ids", ids)
                .update();
    }

    static ThirdPartyAccess.Columns columns() {
        return COLUMNS;
    }
}
