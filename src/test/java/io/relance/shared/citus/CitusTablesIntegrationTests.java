package io.relance.shared.citus;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On Citus, every table of the schema is placed: distributed by workspace_id (all in one colocation group, so a
 * workspace's rows of every table share a shard group), a reference table, or one of the listed coordinator-local
 * tables. A table added by a migration without a decision fails here (and its migration fails on Citus).
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "relance.test.database", matches = "citus")
class CitusTablesIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    record Placement(String table, String method, String column, String replication, Integer colocation) {}

    List<Placement> placements() {
        return jdbc.sql("""
                        SELECT c.relname, p.partmethod::text AS method,
                               CASE WHEN p.partmethod = 'h' THEN column_to_column_name(p.logicalrelid, p.partkey) END AS col,
                               p.repmodel::text AS replication, p.colocationid
                        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        LEFT JOIN pg_dist_partition p ON p.logicalrelid = c.oid
                        WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
                        ORDER BY c.relname""")
                .query((rs, i) -> new Placement(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), (Integer) rs.getObject(5)))
                .list();
    }

    @Test
    void everyTableIsDistributedByWorkspaceOrAReferenceTableOrListedAsCoordinatorLocal() {
        List<Placement> placements = placements();
        assertThat(placements).extracting(Placement::table).contains("third_parties", "workspaces", "spring_session");
        List<String> misplaced = new ArrayList<>();
        for (Placement p : placements) {
            boolean distributed = "h".equals(p.method()) && CitusTables.DISTRIBUTION_COLUMN.equals(p.column());
            boolean reference = "n".equals(p.method()) && "t".equals(p.replication());
            boolean local = p.method() == null && CitusTables.COORDINATOR_LOCAL.contains(p.table());
            if (!(distributed || reference || local)) {
                misplaced.add(p.table() + " (" + p.method() + ", " + p.column() + ")");
            }
            if (CitusTables.REFERENCE.contains(p.table())) {
                assertThat(reference).as(p.table() + " is a reference table").isTrue();
            }
        }
        assertThat(misplaced)
                .as("tables neither distributed by workspace_id, nor reference, nor listed as coordinator-local")
                .isEmpty();
    }

    @Test
    void allDistributedTablesAreColocated() {
        List<Integer> groups = placements().stream()
                .filter(p -> "h".equals(p.method()))
                .map(Placement::colocation)
                .distinct()
                .toList();
        assertThat(groups).hasSize(1);
    }

    @Test
    void everyKeyOfADistributedTableLeadsWithWorkspace() {
        List<String> keys = jdbc.sql("""
                        SELECT con.conrelid::regclass::text || '.' || con.conname
                        FROM pg_constraint con JOIN pg_dist_partition p ON p.logicalrelid = con.conrelid
                        WHERE p.partmethod = 'h' AND con.contype IN ('p', 'u', 'f')
                          AND (SELECT a.attname FROM pg_attribute a
                               WHERE a.attrelid = con.conrelid AND a.attnum = con.conkey[1]) <> 'workspace_id'""").query(String.class).list();
        assertThat(keys)
                .as("keys of distributed tables not led by workspace_id")
                .isEmpty();
    }
}
