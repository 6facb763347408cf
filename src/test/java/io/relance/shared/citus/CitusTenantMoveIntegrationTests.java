package io.relance.shared.citus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import io.relance.IntegrationTest;
import io.relance.MvcTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A workspace moves to another worker while it is being used: its shard group is moved with
 * {@code citus_move_shard_placement} (logical replication when the workers allow it) while one client creates
 * third parties and another reads the list and the records. No request fails, and every third party created is
 * there afterwards, on the new worker.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "relance.test.database", matches = "citus")
class CitusTenantMoveIntegrationTests extends MvcTest {

    private static final Logger log = LoggerFactory.getLogger(CitusTenantMoveIntegrationTests.class);

    @Autowired
    JdbcClient jdbc;

    final List<String> created = new CopyOnWriteArrayList<>();
    final List<String> failures = new CopyOnWriteArrayList<>();
    final AtomicBoolean moving = new AtomicBoolean(true);

    void write(UserDetails who) {
        int n = 0;
        while (moving.get()) {
            try {
                MvcResult result = mvc.perform(post("/api/v1/thirdparties")
                                .with(user(who))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"name\":\"Moving " + n++ + "\"}"))
                        .andReturn();
                if (result.getResponse().getStatus() == 201) {
                    created.add(JsonPath.read(result.getResponse().getContentAsString(), "$.id"));
                } else {
                    failures.add("create: " + result.getResponse().getStatus());
                }
            } catch (Exception e) {
                failures.add("create: " + e);
            }
        }
    }

    void read(UserDetails who) {
        while (moving.get()) {
            try {
                int list = mvc.perform(get("/api/v1/thirdparties?limit=20").with(user(who)))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                if (list != 200) {
                    failures.add("list: " + list);
                }
                if (!created.isEmpty()) {
                    String id = created.get(created.size() - 1);
                    int one = mvc.perform(get("/api/v1/thirdparties/" + id).with(user(who)))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                    if (one != 200) {
                        failures.add("record " + id + ": " + one);
                    }
                }
            } catch (Exception e) {
                failures.add("read: " + e);
            }
        }
    }

    Map<String, Object> placement(long shard) {
        return jdbc.sql("SELECT nodename, nodeport FROM citus_shards WHERE shardid = ?")
                .param(shard)
                .query()
                .singleRow();
    }

    @Test
    void aWorkspaceMovedToAnotherWorkerUnderLoadLosesNothingAndAnswersEveryRequest() throws Exception {
        var acme = workspaces.create("Moving");
        UUID ws = acme.id().value();
        var admin = acme.admin();
        long shard = jdbc.sql("SELECT get_shard_id_for_distribution_column('third_parties', ?)")
                .param(ws)
                .query(Long.class)
                .single();
        Map<String, Object> from = placement(shard);
        Map<String, Object> to = jdbc.sql("""
                        SELECT nodename, nodeport FROM pg_dist_node
                        WHERE groupid <> 0 AND noderole = 'primary' AND isactive AND NOT (nodename = ? AND nodeport = ?)
                        ORDER BY nodeid LIMIT 1""")
                .params(from.get("nodename"), from.get("nodeport"))
                .query()
                .singleRow();

        Thread writer = new Thread(() -> write(admin), "tenant-move-writer");
        Thread reader = new Thread(() -> read(admin), "tenant-move-reader");
        writer.start();
        reader.start();
        try {
            while (created.size() < 20) {
                Thread.sleep(20);
            }
            int before = created.size();
            long started = System.nanoTime();
            jdbc.sql("SELECT citus_move_shard_placement(?, ?, ?, ?, ?, shard_transfer_mode => 'auto')")
                    .params(shard, from.get("nodename"), from.get("nodeport"), to.get("nodename"), to.get("nodeport"))
                    .query()
                    .singleRow();
            int after = created.size();
            log.info(
                    "Moved shard group of {} from {} to {} in {} ms; {} third parties created during the move",
                    shard,
                    from.get("nodeport"),
                    to.get("nodeport"),
                    (System.nanoTime() - started) / 1_000_000,
                    after - before);
            while (created.size() < after + 20) {
                Thread.sleep(20);
            }
        } finally {
            moving.set(false);
            writer.join();
            reader.join();
        }

        assertThat(placement(shard).get("nodeport")).isEqualTo(to.get("nodeport"));
        assertThat(failures).isEmpty();
        List<String> stored = jdbc.sql("SELECT id::text FROM third_parties WHERE workspace_id = ?")
                .param(ws)
                .query(String.class)
                .list();
        assertThat(stored).containsExactlyInAnyOrderElementsOf(created);
    }
}
