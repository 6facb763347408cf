package io.relance.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.party.ThirdPartyId;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceFixture.TestWorkspace;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A rep's deals on Citus: with {@code citus.multi_task_query_log_level = error} a statement needing more than one
 * shard fails, and so does the request that made it. The pipelines (given their defaults on the first read), the
 * deals' API (open, list, read, change, move, act, history), another module opening one, the board, the list, a
 * deal's page and the record's panel are all single-shard statements, another workspace beside this one.
 */
@EnabledIfSystemProperty(named = "relance.test.database", matches = "citus")
@TestPropertySource(
        properties =
                "spring.datasource.hikari.connection-init-sql=SET jit = off; SET citus.multi_task_query_log_level = 'error'")
class PipelineOnCitusIntegrationTests extends DealTest {

    private String ok(RelanceUser who, MockHttpServletRequestBuilder request, String json) throws Exception {
        return body(send(who, request, json).andExpect(status().is2xxSuccessful()));
    }

    private String page(RelanceUser who, String path) throws Exception {
        return body(as(who, get(path)).andExpect(status().isOk()));
    }

    @Test
    void aRepsDealsAreSingleShardStatements() throws Exception {
        TestWorkspace acme = workspaces.create("Acme");
        workspaces.create("Other").rep("Zoe");
        RelanceUser admin = acme.admin();
        RelanceUser manager = acme.manager("Maud");
        RelanceUser rep = acme.rep("Rep");
        ThirdPartyId lambert = party(rep, "Famille Lambert");
        UUID jeanne = contact(rep, lambert, "Lambert");
        UUID house = UUID.randomUUID();

        // the pipelines, their defaults given on the first read, an admin's change
        ok(rep, get("/api/v1/pipelines"), "");
        ok(admin, patch("/api/v1/pipelines/sale/phases/negotiation"), "{\"rotDays\": 14}");
        ok(admin, post("/api/v1/pipelines/sale/phases/negotiation/move"), "{\"by\": 1}");
        ok(
                admin,
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                        "/api/v1/pipelines/sale/rules/VISIT"),
                "{\"phase\": \"first-visit\"}");

        // the deals' API
        String deal = deal(
                rep,
                "sale",
                lambert,
                "\"contactId\": \"" + jeanne + "\", \"objectId\": \"" + house + "\", \"amount\": 325000");
        ok(rep, get("/api/v1/deals?pipeline=sale&phase=matching-contacted&owner=me"), "");
        ok(manager, get("/api/v1/deals?objectId=" + house + "&minDaysInPhase=0"), "");
        ok(rep, get("/api/v1/deals?thirdpartyId=" + lambert), "");
        ok(rep, get("/api/v1/deals/" + deal), "");
        ok(rep, patch("/api/v1/deals/" + deal), "{\"version\": 0, \"expectedOn\": \"2027-06-30\"}");
        assertThat(act(rep, deal, "VISIT", "\"summary\": \"Liked the garden\"")).isEqualTo("first-visit");
        move(rep, deal, "negotiation", "Offer expected Friday");
        ok(rep, get("/api/v1/deals/" + deal + "/history"), "");
        ok(rep, get("/api/v1/thirdparties/" + lambert + "/history"), "");

        // another module opens one
        deals.openOrAdvance(
                acme.id(), "rental", lambert, jeanne, house, DealActionType.INQUIRY, null, "Still free?", null);

        // the pages
        assertThat(page(rep, "/deals/board")).contains("Famille Lambert");
        page(rep, "/deals/board?pipeline=rental");
        page(manager, "/deals?pipeline=sale&minDaysInPhase=0");
        page(rep, "/deals/" + deal);
        page(rep, "/deals/new?thirdpartyId=" + lambert);
        assertThat(page(rep, "/thirdparties/" + lambert)).contains("id=\"deals-panel\"");
        page(admin, "/settings/pipelines");
        page(admin, "/settings/pipelines/sale/phases/negotiation");
    }
}
