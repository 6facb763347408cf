package io.relance.quote;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.shared.RelanceUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The catalogue's and the quotes' requests of a workspace are answered from its one shard group, as the third
 * parties' are (CitusRouterQueriesIntegrationTests): with {@code citus.multi_task_query_log_level = error}, any
 * statement that needs more than one shard fails, and so does the request that made it.
 */
@EnabledIfSystemProperty(named = "relance.test.database", matches = "citus")
@TestPropertySource(
        properties =
                "spring.datasource.hikari.connection-init-sql=SET jit = off; SET citus.multi_task_query_log_level = 'error'")
class QuotesOnCitusIntegrationTests extends QuoteTest {

    String ok(RelanceUser who, MockHttpServletRequestBuilder request, String json) throws Exception {
        return body(send(who, request, json).andExpect(status().is2xxSuccessful()));
    }

    @Test
    void aWorkspacesCatalogueQuotesAndTheirPagesAreSingleShardStatements() throws Exception {
        var acme = workspaces.create("Acme");
        workspaces.create("Other");
        RelanceUser admin = acme.admin();
        RelanceUser rep = acme.rep("Rep");

        ok(admin, post("/api/v1/tax-rates"), "{\"name\":\"Reduced\",\"percent\":5.5}");
        String product = JsonPath.read(ok(admin, post("/api/v1/products"), """
                        {"reference":"TIL-1","label":"Tiles","unit":"m²","unitPrice":100,"kind":"PRODUCT"}"""), "$.id");
        ok(rep, get("/api/v1/products?q=til"), "");
        ok(rep, get("/api/v1/products/" + product), "");
        ok(rep, get("/api/v1/tax-rates"), "");
        ok(rep, get("/catalog"), "");
        ok(rep, get("/catalog/picker?q=til"), "");

        String tp = party(rep, "Dupont");
        String id = quote(rep, tp);
        ok(rep, get("/api/v1/quotes"), "");
        ok(rep, get("/api/v1/quotes?status=DRAFT&thirdpartyId=" + tp + "&sort=-totalGross"), "");
        ok(rep, get("/api/v1/quotes/" + id), "");
        String version = JsonPath.read(ok(rep, get("/api/v1/quotes/" + id), ""), "$.version")
                .toString();
        ok(rep, patch("/api/v1/quotes/" + id), "{\"version\":" + version + ",\"validUntil\":\"2027-01-31\"}");
        markSent(rep, id);
        version = JsonPath.read(ok(rep, get("/api/v1/quotes/" + id), ""), "$.version")
                .toString();
        ok(rep, patch("/api/v1/quotes/" + id), "{\"version\":" + version + ",\"validUntil\":\"2027-02-28\"}");
        ok(rep, get("/quotes/" + id + "/revisions/1"), "");
        ok(rep, get("/quotes"), "");
        ok(rep, get("/quotes/" + id), "");
        ok(rep, get("/thirdparties/" + tp), "");
        ok(rep, post("/api/v1/quotes/" + id + "/cancel"), "{}");
        ok(rep, get("/api/v1/thirdparties/" + tp + "/history"), "");
    }
}
