package io.relance.inquiry;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceFixture.TestWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Inquiries on Citus: with {@code citus.multi_task_query_log_level = error} a statement needing more than one shard
 * fails, and so does the request that made it. Taking inquiries in (JSON matched, ambiguous, unknown reference,
 * OpenImmo XML), the inbox's list, one inquiry, processing it (API and page) and the mailbox's settings are all
 * single-shard statements, another workspace beside this one.
 */
@EnabledIfSystemProperty(named = "relance.test.database", matches = "citus")
@TestPropertySource(
        properties =
                "spring.datasource.hikari.connection-init-sql=SET jit = off; SET citus.multi_task_query_log_level = 'error'")
class InquiriesOnCitusIntegrationTests extends InquiryTest {

    private String ok(RelanceUser who, MockHttpServletRequestBuilder request, String json) throws Exception {
        return body(send(who, request, json).andExpect(status().is2xxSuccessful()));
    }

    @Test
    void takingInquiriesInAndTheInboxAreSingleShardStatements() throws Exception {
        TestWorkspace acme = workspaces.create("Acme");
        workspaces.create("Other").rep("Zoe");
        RelanceUser admin = acme.admin();
        RelanceUser rep = acme.rep("Rep");
        object(rep, "MUC-4711");
        String known = contact(rep, "Famille Riou", "Riou", "anne.riou@example.test", "+33 6 98 76 54 32");
        contact(rep, "Dupont SARL", "Dupont", "dupont@example.test", null);
        contact(rep, "Dupont et fils", "Dupont", "dupont@example.test", null);

        ok(rep, post("/api/v1/inquiries"), "{\"email\": \"new@example.test\", \"objectReference\": \"MUC-4711\"}");
        ok(rep, post("/api/v1/inquiries"), "{\"email\": \"x@example.test\", \"phone\": \"0698765432\"}");
        String ambiguous =
                JsonPath.read(ok(rep, post("/api/v1/inquiries"), "{\"email\": \"dupont@example.test\"}"), "$.id");
        String unknown = JsonPath.read(
                ok(
                        rep,
                        post("/api/v1/inquiries").header("Idempotency-Key", "k-1"),
                        "{\"email\": \"y@example.test\", \"objectReference\": \"NOPE\"}"),
                "$.id");
        body(mvc.perform(post("/api/v1/inquiries")
                        .with(
                                org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(rep))
                        .contentType(MediaType.APPLICATION_XML)
                        .content("<openimmo_feedback><sender><name>Portal</name></sender><objekt><oobj_id>MUC-4711"
                                + "</oobj_id><interessent><email>anna@example.test</email></interessent></objekt>"
                                + "</openimmo_feedback>"))
                .andExpect(status().isCreated()));

        ok(rep, get("/api/v1/inquiries?status=unmatched"), "");
        ok(rep, get("/api/v1/inquiries?limit=2"), "");
        ok(rep, get("/api/v1/inquiries/" + ambiguous), "");
        ok(
                rep,
                post("/api/v1/inquiries/" + ambiguous + "/process"),
                "{\"contactId\": \"" + known + "\", \"version\": 0}");
        pageAs(rep, "/inquiries");
        pageAs(rep, "/inquiries?show=all");
        pageAs(rep, "/inquiries/" + unknown);
        as(rep, form(post("/inquiries/" + unknown + "/process"), "version=0", "objectReference=MUC-4711", "contactId="))
                .andExpect(status().is3xxRedirection());

        ok(
                admin,
                put("/api/v1/settings/inquiry-mailbox"),
                "{\"host\": \"imap.acme.test\", \"username\": \"leads\", \"password\": \"pw\", \"enabled\": false}");
        ok(admin, get("/api/v1/settings/inquiry-mailbox"), "");
    }
}
