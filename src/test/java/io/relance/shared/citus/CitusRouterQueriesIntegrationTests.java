package io.relance.shared.citus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.IntegrationTest;
import io.relance.workspace.WorkspaceFixture;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every request of a workspace is answered from its one shard group: with
 * {@code citus.multi_task_query_log_level = error} on every connection of this application, a statement that
 * needs more than one shard (a cross-shard join, a filter without the workspace) fails, and so does the request.
 * The list (filters, sorts, tag, custom field, count, search), the record, the timeline and the merge are driven
 * through the API and the pages of one workspace, then the same list is checked with {@code EXPLAIN}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "relance.test.database", matches = "citus")
@TestPropertySource(
        properties =
                "spring.datasource.hikari.connection-init-sql=SET jit = off; SET citus.multi_task_query_log_level = 'error'")
class CitusRouterQueriesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkspaceFixture workspaces;

    @Autowired
    JdbcClient jdbc;

    String send(UserDetails who, MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.with(user(who))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().is2xxSuccessful())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    String read(UserDetails who, String url) throws Exception {
        return mvc.perform(get(url).with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    String create(UserDetails who, String json) throws Exception {
        return JsonPath.read(send(who, post("/api/v1/thirdparties"), json), "$.id");
    }

    @Test
    void aWorkspacesListRecordTimelineAndMergeAreSingleShardStatements() throws Exception {
        var acme = workspaces.create("Acme");
        workspaces.create("Other");
        var admin = acme.admin();
        var rep = acme.rep("Rep");
        send(admin, post("/api/v1/custom-fields"), "{\"key\":\"budget\",\"label\":\"Budget\",\"type\":\"AMOUNT\"}");
        String survivor = create(
                rep,
                "{\"name\":\"Dupont Lefèvre\",\"email\":\"dupont@test.fr\",\"city\":\"Lyon\",\"tags\":[\"vip\"],"
                        + "\"customFields\":{\"budget\":1200}}");
        String duplicate = create(rep, "{\"name\":\"Dupont\",\"phone\":\"+33 1 23 45 67 89\",\"tags\":[\"fair\"]}");

        read(rep, "/api/v1/thirdparties");
        read(rep, "/api/v1/thirdparties?q=dupont&status=NEVER_CONTACTED&sort=-name&limit=1");
        read(rep, "/api/v1/thirdparties?tag=vip&owner=me");
        read(rep, "/api/v1/thirdparties?cf.budget.min=1000&sort=cf.budget");
        read(rep, "/api/v1/thirdparties?q=lyon&sort=city");
        read(rep, "/api/v1/thirdparties/count?q=dup");
        read(rep, "/api/v1/thirdparties/duplicates?name=Dupont&email=dupont@test.fr");
        read(admin, "/api/v1/thirdparties?deleted=true");
        read(rep, "/thirdparties");
        read(rep, "/thirdparties?tag=vip");
        read(rep, "/search?q=dupont");

        read(rep, "/api/v1/thirdparties/" + survivor);
        read(rep, "/thirdparties/" + survivor);
        send(
                rep,
                post("/api/v1/thirdparties/" + survivor + "/history"),
                "{\"type\":\"CALL\",\"direction\":\"OUTBOUND\",\"summary\":\"Called\"}");
        send(rep, put("/api/v1/thirdparties/" + survivor + "/status"), "{\"status\":\"CONTACTED\"}");
        read(rep, "/api/v1/thirdparties/" + survivor + "/history");
        read(rep, "/api/v1/thirdparties/" + survivor + "/history?kind=calls");

        send(rep, post("/api/v1/thirdparties/" + survivor + "/merge"), "{\"duplicateId\":\"" + duplicate + "\"}");
        read(rep, "/api/v1/thirdparties/" + survivor + "/history");
        mvc.perform(post("/thirdparties/" + survivor + "/status")
                        .with(user(rep))
                        .with(csrf())
                        .param("status", "IN_PROGRESS"))
                .andExpect(status().is3xxRedirection());
    }

    List<String> explain(String sql, Object... params) {
        return jdbc.sql("EXPLAIN " + sql).params(params).query(String.class).list();
    }

    @Test
    void theListTimelineAndMergeStatementsAreRoutedToOneShard() {
        UUID ws = workspaces.create("Explained").id().value();
        UUID id = UUID.randomUUID();
        List<List<String>> plans = List.of(
                explain("""
                        SELECT t.id, t.name, page.sort_value FROM (
                            SELECT t.workspace_id AS page_ws, t.id AS page_id, t.sort_name AS sort_value
                            FROM third_parties t WHERE t.workspace_id = ? AND t.deleted_at IS NULL
                            ORDER BY t.sort_name, t.id LIMIT 51) page
                        JOIN third_parties t ON t.workspace_id = page.page_ws AND t.id = page.page_id
                        WHERE t.workspace_id = ? ORDER BY page.sort_value, t.id""", ws, ws),
                explain("""
                        SELECT t.id FROM third_party_tags k JOIN third_parties t
                            ON t.workspace_id = k.workspace_id AND t.id = k.third_party_id
                        WHERE k.workspace_id = ? AND k.tag_id = ? ORDER BY k.sort_name, k.third_party_id LIMIT 51""", ws, id),
                explain("""
                        SELECT id, kind, summary FROM history_events
                        WHERE workspace_id = ? AND target_type = 'THIRD_PARTY' AND target_id = ?
                        ORDER BY occurred_at DESC, id DESC LIMIT 51""", ws, id),
                explain(
                        "UPDATE contacts SET third_party_id = ? WHERE workspace_id = ? AND third_party_id = ?",
                        id,
                        ws,
                        id),
                explain(
                        "UPDATE history_events SET target_id = ? WHERE workspace_id = ? AND target_type = 'THIRD_PARTY'"
                                + " AND target_id = ?",
                        id,
                        ws,
                        id));
        for (List<String> plan : plans) {
            assertThat(plan).as(String.join("\n", plan)).contains("  Task Count: 1");
        }
    }
}
