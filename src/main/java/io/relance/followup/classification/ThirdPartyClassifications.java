package io.relance.followup.classification;

import io.relance.shared.Db;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The current classification of each third party ({@code followup_third_party_classifications}). */
@Repository
class ThirdPartyClassifications {

    private final JdbcClient jdbc;

    ThirdPartyClassifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the third party's row (made when it has none) until the transaction ends, so that two classifications of
     * one third party are made one after the other; its current classification, if any.
     */
    Optional<CurrentClassification> lock(WorkspaceId ws, UUID thirdParty) {
        jdbc.sql("""
                INSERT INTO followup_third_party_classifications (workspace_id, third_party_id, version)
                VALUES (?, ?, 0) ON CONFLICT DO NOTHING""").params(ws.value(), thirdParty).update();
        return jdbc.sql("""
                        SELECT class_key, tag_name, classified_by, classified_at FROM followup_third_party_classifications
                        WHERE workspace_id = ? AND third_party_id = ? FOR UPDATE""")
                .params(ws.value(), thirdParty)
                .query((rs, n) -> {
                    String key = rs.getString("class_key");
                    return key == null ? Optional.<CurrentClassification>empty() : Optional.of(current(key, rs));
                })
                .single();
    }

    void save(WorkspaceId ws, UUID thirdParty, String key, String tagName, UserId by, Instant at) {
        jdbc.sql("""
                UPDATE followup_third_party_classifications SET class_key = ?, tag_name = ?, classified_by = ?,
                    classified_at = ?, version = version + 1
                WHERE workspace_id = ? AND third_party_id = ?""")
                .params(key, tagName, by == null ? null : by.value(), Db.ts(at), ws.value(), thirdParty)
                .update();
    }

    /**
     * A merge: the survivor keeps its classification, or takes the duplicate's when it had none; the duplicate's row
     * goes.
     */
    void merge(WorkspaceId ws, UUID duplicate, UUID survivor) {
        Optional<CurrentClassification> theirs = of(ws, duplicate);
        if (theirs.isPresent() && lock(ws, survivor).isEmpty()) {
            CurrentClassification c = theirs.get();
            save(ws, survivor, c.key(), c.tagName(), c.by(), c.at());
        }
        delete(ws, duplicate);
    }

    void delete(WorkspaceId ws, UUID thirdParty) {
        jdbc.sql("DELETE FROM followup_third_party_classifications WHERE workspace_id = ? AND third_party_id = ?")
                .params(ws.value(), thirdParty)
                .update();
    }

    Optional<CurrentClassification> of(WorkspaceId ws, UUID thirdParty) {
        return Optional.ofNullable(of(ws, List.of(thirdParty)).get(thirdParty));
    }

    /** The current classifications of these third parties (those never classified are left out). */
    Map<UUID, CurrentClassification> of(WorkspaceId ws, Collection<UUID> thirdParties) {
        Map<UUID, CurrentClassification> found = new LinkedHashMap<>();
        if (thirdParties.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                SELECT third_party_id, class_key, tag_name, classified_by, classified_at
                FROM followup_third_party_classifications
                WHERE workspace_id = :ws AND third_party_id = ANY(:ids) AND class_key IS NOT NULL""")
                .param("ws", ws.value())
                .param("ids", Db.uuids(thirdParties))
                .query(rs -> {
                    found.put(Db.uuid(rs, "third_party_id"), current(rs.getString("class_key"), rs));
                });
        return found;
    }

    private static CurrentClassification current(String key, ResultSet rs) throws SQLException {
        UUID by = Db.uuid(rs, "classified_by");
        return new CurrentClassification(
                key, rs.getString("tag_name"), by == null ? null : new UserId(by), Db.instant(rs, "classified_at"));
    }
}
