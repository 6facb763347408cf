package io.relance.object;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.messaging.MailTest;
import io.relance.party.ThirdPartyFixture;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceFixture.TestWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Objects, search profiles and matching on Citus: with {@code citus.multi_task_query_log_level = error} a statement
 * needing more than one shard fails, and so does the request that made it. The objects' API and pages, the profiles'
 * API, both matching lists (a rep's, with the access predicate) and write to matches are single-shard statements,
 * another workspace beside this one.
 */
@EnabledIfSystemProperty(named = "relance.test.database", matches = "citus")
@TestPropertySource(
        properties =
                "spring.datasource.hikari.connection-init-sql=SET jit = off; SET citus.multi_task_query_log_level = 'error'")
class ObjectsOnCitusIntegrationTests extends MailTest {

    @Autowired
    ThirdPartyFixture thirdParties;

    private String ok(RelanceUser who, MockHttpServletRequestBuilder request, String json) throws Exception {
        return body(send(who, request, json).andExpect(status().is2xxSuccessful()));
    }

    @Test
    void objectsProfilesAndMatchingAreSingleShardStatements() throws Exception {
        TestWorkspace acme = workspaces.create("Acme");
        workspaces.create("Other").rep("Zoe");
        RelanceUser rep = acme.rep("Rep");
        String object = JsonPath.read(ok(rep, post("/api/v1/objects"), """
                        {"reference": "C-1", "title": "Citus flat", "type": "APARTMENT", "price": 200000, "rooms": 3,
                         "area": 70, "city": "Lyon", "customFields": {"balcony": true}}"""), "$.id");
        ok(rep, get("/api/v1/objects?q=citus&status=AVAILABLE&place=lyon"), "");
        ok(rep, get("/api/v1/objects/" + object), "");
        ok(rep, patch("/api/v1/objects/" + object), "{\"price\": 210000, \"version\": 0}");
        body(as(rep, get("/objects")).andExpect(status().isOk()));
        body(as(rep, get("/objects/" + object)).andExpect(status().isOk()));

        String buyer = thirdParties
                .of(rep)
                .named("Buyer")
                .withEmail("buyer@example.com")
                .createId();
        String profile = JsonPath.read(ok(rep, post("/api/v1/search-profiles"), """
                        {"thirdpartyId": "%s", "objectType": "APARTMENT", "priceMax": 300000, "places": ["Lyon"],
                         "mustHave": ["balcony"], "niceToHave": ["lift"]}""".formatted(buyer)), "$.id");
        ok(rep, get("/api/v1/search-profiles?thirdpartyId=" + buyer), "");
        ok(rep, patch("/api/v1/search-profiles/" + profile), "{\"roomsMin\": 2, \"version\": 0}");
        ok(rep, get("/api/v1/objects/" + object + "/matches"), "");
        ok(rep, get("/api/v1/search-profiles/" + profile + "/matches"), "");
        ok(
                rep,
                post("/api/v1/objects/" + object + "/write-to-matches"),
                "{\"searchProfileIds\": [\"" + profile + "\"]}");
        ok(acme.manager("Maud"), get("/api/v1/objects/" + object + "/matches"), "");
        ok(rep, delete("/api/v1/search-profiles/" + profile), "");
        ok(rep, delete("/api/v1/objects/" + object), "");
    }
}
