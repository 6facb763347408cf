package io.relance.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.party.ThirdPartyId;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceFixture.TestWorkspace;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A rep's day on Citus: with {@code citus.multi_task_query_log_level = error} a statement needing more than one shard
 * fails, and so does the request that made it. The tasks' API, My day and its rows' forms, the record's tasks panel,
 * classifying, the working calendar, the contact policy and its check, and the calendar feed (made, read, revoked)
 * are all single-shard statements, another workspace beside this one.
 */
@EnabledIfSystemProperty(named = "relance.test.database", matches = "citus")
@TestPropertySource(
        properties =
                "spring.datasource.hikari.connection-init-sql=SET jit = off; SET citus.multi_task_query_log_level = 'error'")
class FollowUpOnCitusIntegrationTests extends TaskTest {

    private String ok(RelanceUser who, MockHttpServletRequestBuilder request, String json) throws Exception {
        return body(send(who, request, json).andExpect(status().is2xxSuccessful()));
    }

    private String page(RelanceUser who, String path) throws Exception {
        return body(as(who, get(path)).andExpect(status().isOk()));
    }

    @Test
    void aRepsDayIsSingleShardStatements() throws Exception {
        TestWorkspace acme = workspaces.create("Acme");
        workspaces.create("Other").rep("Zoe");
        RelanceUser admin = acme.admin();
        RelanceUser manager = acme.manager("Maud");
        RelanceUser rep = acme.rep("Rep");
        ThirdPartyId lambert = party(rep, "Famille Lambert");
        UUID jeanne = contact(rep, lambert, "Lambert");

        // the tasks' API
        String task = plan(
                rep, lambert, "\"type\": \"call\", \"dueDate\": \"" + TODAY + "\", \"contactId\": \"" + jeanne + "\"");
        String overdue = overdueCall(rep, lambert, 3);
        ok(rep, get("/api/v1/tasks?assignee=me&due=today"), "");
        ok(rep, get("/api/v1/tasks?due=overdue&thirdpartyId=" + lambert), "");
        ok(manager, get("/api/v1/tasks?assignee=" + rep.userId() + "&due=upcoming"), "");
        ok(rep, get("/api/v1/tasks/" + task), "");
        ok(rep, patch("/api/v1/tasks/" + task), "{\"version\": 0, \"title\": \"Call about the attic\"}");
        ok(rep, post("/api/v1/tasks/" + overdue + "/snooze"), "{\"until\": \"" + TODAY.plusDays(1) + "\"}");

        // My day, its forms, the record's panel
        assertThat(page(rep, "/")).contains("Famille Lambert");
        page(manager, "/?view=team");
        page(manager, "/?view=" + rep.userId());
        page(rep, "/tasks/" + task + "/complete?from=myday");
        page(manager, "/tasks/" + task + "/reassign?from=myday&view=team");
        page(rep, "/myday/upcoming?view=me");
        page(rep, "/thirdparties/" + lambert);

        // classifications, completing with one, the working calendar
        ok(rep, get("/api/v1/classifications"), "");
        ok(rep, post("/api/v1/thirdparties/" + lambert + "/classify"), "{\"classification\": \"likely\"}");
        ok(
                rep,
                post("/api/v1/tasks/" + task + "/complete"),
                "{\"outcome\": \"Measured\", \"classification\": \"promising\"}");
        ok(admin, get("/api/v1/settings/calendar"), "");

        // the contact rules
        ok(rep, get("/api/v1/contact-policy"), "");
        ok(rep, get("/api/v1/thirdparties/" + lambert + "/contact-policy"), "");
        ok(rep, get("/api/v1/thirdparties/" + lambert + "/contact-check?channel=call"), "");

        // the calendar feed: made, read without a session, revoked
        String feed = ok(rep, post("/api/v1/calendar-feeds"), "");
        String url = JsonPath.read(feed, "$.url");
        String id = JsonPath.read(feed, "$.id");
        ok(rep, get("/api/v1/calendar-feeds"), "");
        String ics = body(mvc.perform(get(URI.create(url).getPath()).header("Accept", "text/calendar"))
                .andExpect(status().isOk()));
        assertThat(ics).contains("BEGIN:VCALENDAR");
        ok(rep, delete("/api/v1/calendar-feeds/" + id), "");
    }
}
