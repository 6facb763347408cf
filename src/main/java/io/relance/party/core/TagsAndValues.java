package io.relance.party.core;

import io.relance.party.customfield.CustomFieldValue;
import io.relance.shared.Db;
import io.relance.shared.WorkspaceId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a list shows beside its records, read in one round trip: the tag links and the custom-field values of a
 * page of third parties. Both tables are keyed by workspace first, so on Citus this stays one router query.
 */
@Repository
class TagsAndValues {

    /** The tag links {third party, tag} and the custom values of some third parties. */
    record Beside(List<UUID[]> tagLinks, List<CustomFieldValue> values) {}

    private final JdbcClient jdbc;

    TagsAndValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Beside of(WorkspaceId ws, List<UUID> thirdParties) {
        List<UUID[]> links = new ArrayList<>();
        List<CustomFieldValue> values = new ArrayList<>();
        if (thirdParties.isEmpty()) {
            return new Beside(links, values);
        }
        jdbc.sql("""
                SELECT 0 AS part, third_party_id, tag_id AS ref, CAST(NULL AS INT) AS ordinal,
                    CAST(NULL AS VARCHAR(2000)) AS value_text, CAST(NULL AS DECIMAL(19, 4)) AS value_number,
                    CAST(NULL AS DATE) AS value_date, CAST(NULL AS BOOLEAN) AS value_bool
                FROM third_party_tags WHERE workspace_id = :ws AND third_party_id = ANY(:ids)
                UNION ALL
                SELECT 1, third_party_id, field_id, ordinal, value_text, value_number, value_date, value_bool
                FROM custom_field_values WHERE workspace_id = :ws AND third_party_id = ANY(:ids)
                ORDER BY 1, 2, 3, 4""")
                .param("ws", ws.value())
                .param("ids", Db.uuids(thirdParties))
                .query(rs -> {
                    UUID thirdParty = rs.getObject(2, UUID.class);
                    UUID ref = rs.getObject(3, UUID.class);
                    if (rs.getInt(1) == 0) {
                        links.add(new UUID[] {thirdParty, ref});
                    } else {
                        values.add(new CustomFieldValue(
                                thirdParty,
                                ref,
                                rs.getInt(4),
                                rs.getString(5),
                                rs.getBigDecimal(6),
                                rs.getObject(7, LocalDate.class),
                                (Boolean) rs.getObject(8)));
                    }
                });
        return new Beside(links, values);
    }
}
