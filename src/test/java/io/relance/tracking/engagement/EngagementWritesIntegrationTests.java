package io.relance.tracking.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.relance.shared.DatabaseKind;
import io.relance.shared.WorkspaceId;
import io.relance.tracking.TrackingTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The engagement rows of an event batch are written by their key: on PostgreSQL one statement whose plan, even the
 * generic one and on a table never analysed (no statistics: the state that lost events in the benchmark), looks the
 * rows up by the primary key, never by walking the workspace's rows.
 */
class EngagementWritesIntegrationTests extends TrackingTest {

    @Autowired
    DatabaseKind database;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    EngagementStore store;

    @Test
    void theBatchUpdateUsesThePrimaryKeyEvenWithoutStatistics() {
        assumeTrue(database.postgres(), "a PostgreSQL plan");
        WorkspaceId ws = workspaces.create("Plans").id();
        String plan = new TransactionTemplate(transactions).execute(s -> {
            jdbc.sql("""
                            INSERT INTO tracking_engagement (workspace_id, subject_type, subject_id, updated_at)
                            SELECT ?, 'quote', gen_random_uuid(), now() FROM generate_series(1, 20000)""").param(ws.value()).update();
            // what the JDBC driver uses after five runs: the generic plan of the prepared statement
            jdbc.sql("SET LOCAL plan_cache_mode = force_generic_plan").update();
            String statement = EngagementWrites.UPDATE_BY_KEY;
            for (int n = 1; statement.contains("?"); n++) {
                statement = statement.replaceFirst("\\?", "\\$" + n);
            }
            jdbc.sql("PREPARE engagement_batch AS " + statement).update();
            try {
                List<String> lines =
                        jdbc.sql("""
                                EXPLAIN EXECUTE engagement_batch(now(), ARRAY[gen_random_uuid()], ARRAY[1], ARRAY[1],
                                    ARRAY['2026-12-01T09:00:00Z'], ARRAY['2026-12-01T09:00:00Z'], ARRAY[1], ARRAY[40],
                                    ARRAY[40], '%s', 'quote')""".formatted(ws.value())).query(String.class).list();
                return String.join("\n", lines);
            } finally {
                jdbc.sql("DEALLOCATE engagement_batch").update();
            }
        });
        assertThat(plan).contains("tracking_engagement_pkey").doesNotContain("Seq Scan on tracking_engagement");
    }

    @Test
    void aBatchOfSubjectsIsWrittenByKeyOnEveryDatabase() {
        WorkspaceId ws = workspaces.create("Batch").id();
        UUID quiet = UUID.randomUUID();
        UUID read = UUID.randomUUID();
        Map<SubjectKey, Integer> before = new TransactionTemplate(transactions)
                .execute(
                        s -> store.refresh(ws, List.of(new SubjectKey("quote", quiet), new SubjectKey("quote", read))));
        assertThat(before).containsEntry(new SubjectKey("quote", quiet), 0);
        Integer rows = jdbc.sql("SELECT COUNT(*) FROM tracking_engagement WHERE workspace_id = ?")
                .param(ws.value())
                .query(Integer.class)
                .single();
        assertThat(rows).isEqualTo(2);
        Long version = jdbc.sql("SELECT MIN(version) FROM tracking_engagement WHERE workspace_id = ?")
                .param(ws.value())
                .query(Long.class)
                .single();
        assertThat(version).as("each row updated once by the batch").isEqualTo(1L);
    }
}
