package io.relance.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.MvcTest;
import io.relance.shared.RelanceUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code /api/v1/products}: create, read, list and search, change at a version, deactivate; field errors, roles,
 * idempotency.
 */
class ProductApiIntegrationTests extends MvcTest {

    @Autowired
    CatalogFixture catalog;

    @Test
    void aManagerCreatesAProductWithTheDefaultRateAndReadsItBack() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser manager = acme.manager("Marc Manager");
        String created = body(send(manager, post("/api/v1/products"), """
                        {"reference": "POSE-PARQ", "label": "Pose de parquet", "description": "Chêne massif, collé",
                         "unit": "m²", "unitPrice": "45,50", "costPrice": 30, "kind": "SERVICE"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference").value("POSE-PARQ"))
                .andExpect(jsonPath("$.unitPrice").value(45.5))
                .andExpect(jsonPath("$.costPrice").value(30.0))
                .andExpect(jsonPath("$.currency").value("EUR"))
                .andExpect(jsonPath("$.taxRateName").value("TVA 20 %"))
                .andExpect(jsonPath("$.taxRatePercent").value(20))
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.version").value(0)));
        assertThat(created).contains("\"unitPrice\":45.50", "\"costPrice\":30.00", "\"taxRatePercent\":20,");
        String id = JsonPath.read(created, "$.id");

        send(manager, get("/api/v1/products/" + id), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.label").value("Pose de parquet"))
                .andExpect(jsonPath("$.unit").value("m²"));
    }

    @Test
    void badFieldsAreAllReportedAtOnceAndNothingIsWritten() throws Exception {
        var acme = workspaces.create("Acme");
        send(acme.admin(), post("/api/v1/products"), """
                        {"reference": "  ", "label": "x", "unitPrice": "12.345", "costPrice": -2,
                         "taxRateId": "not-an-id", "kind": "THING", "colour": "red"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(containsInAnyOrder(
                                "reference", "unitPrice", "costPrice", "taxRateId", "kind", "colour")));
        send(acme.admin(), post("/api/v1/products"), "{\"label\": \"No price\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("reference", "unitPrice")));
        send(acme.admin(), get("/api/v1/products"), "").andExpect(jsonPath("$.items", hasSize(0)));
    }

    @Test
    void aReferenceIsUniqueInItsWorkspaceWhateverItsCase() throws Exception {
        var acme = workspaces.create("Acme");
        catalog.product(acme.admin(), "DEP-01", "Déplacement", "35");
        send(
                        acme.admin(),
                        post("/api/v1/products"),
                        "{\"reference\": \"dep-01\", \"label\": \"Other\", \"unitPrice\": 1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reference"));
        // another workspace may use it
        var globex = workspaces.create("Globex");
        send(
                        globex.admin(),
                        post("/api/v1/products"),
                        "{\"reference\": \"DEP-01\", \"label\": \"Mine\", \"unitPrice\": 1}")
                .andExpect(status().isCreated());
    }

    @Test
    void aChangeAtAStaleVersionIsA409AndChangesNothing() throws Exception {
        var acme = workspaces.create("Acme");
        String id = catalog.product(acme.admin(), "H-1", "Heure de main-d'œuvre", "48")
                .product()
                .id()
                .toString();
        send(acme.admin(), patch("/api/v1/products/" + id), "{\"unitPrice\": 50, \"unit\": \"h\", \"version\": 0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitPrice").value(50.0))
                .andExpect(jsonPath("$.unit").value("h"))
                .andExpect(jsonPath("$.version").value(1));
        send(acme.admin(), patch("/api/v1/products/" + id), "{\"unitPrice\": 60, \"version\": 0}")
                .andExpect(status().isConflict());
        send(acme.admin(), patch("/api/v1/products/" + id), "{\"unitPrice\": 60}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        send(acme.admin(), patch("/api/v1/products/" + id), "{\"unit\": null, \"version\": 1}")
                .andExpect(jsonPath("$.unit").value(nullValue()));
        send(acme.admin(), get("/api/v1/products/" + id), "")
                .andExpect(jsonPath("$.unitPrice").value(50.0));
    }

    @Test
    void theListSearchesReferenceAndLabelFiltersAndPagesInLabelOrder() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();
        catalog.product(admin, "PL-01", "Plâtrerie", "30");
        catalog.product(admin, "PE-01", "Peinture murale", "25");
        catalog.product(admin, "PE-02", "Peinture plafond", "28", java.util.Map.of("kind", "SERVICE"));
        String carrelage = catalog.product(admin, "CA-01", "Carrelage", "55", java.util.Map.of("kind", "PRODUCT"))
                .product()
                .id()
                .toString();
        send(admin, delete("/api/v1/products/" + carrelage), "").andExpect(status().isNoContent());

        send(admin, get("/api/v1/products?q=peinture"), "")
                .andExpect(jsonPath("$.items[*].reference").value(contains("PE-01", "PE-02")));
        send(admin, get("/api/v1/products?q=platre"), "")
                .andExpect(jsonPath("$.items[*].reference").value(contains("PL-01")));
        send(admin, get("/api/v1/products?q=pe-02"), "")
                .andExpect(jsonPath("$.items[*].reference").value(contains("PE-02")));
        send(admin, get("/api/v1/products?active=true"), "")
                .andExpect(jsonPath("$.items[*].reference").value(contains("PE-01", "PE-02", "PL-01")));
        send(admin, get("/api/v1/products?active=false"), "")
                .andExpect(jsonPath("$.items[*].reference").value(contains("CA-01")));
        send(admin, get("/api/v1/products?kind=PRODUCT"), "")
                .andExpect(jsonPath("$.items[*].reference").value(contains("CA-01")));
        send(admin, get("/api/v1/products?q=50%25"), "").andExpect(jsonPath("$.items", hasSize(0)));

        String first = body(send(admin, get("/api/v1/products?limit=2"), "")
                .andExpect(jsonPath("$.items[*].reference").value(contains("CA-01", "PE-01"))));
        String cursor = JsonPath.read(first, "$.nextCursor");
        send(admin, get("/api/v1/products?limit=2&cursor=" + cursor), "")
                .andExpect(jsonPath("$.items[*].reference").value(contains("PE-02", "PL-01")))
                .andExpect(jsonPath("$.nextCursor").value(nullValue()));
        send(admin, get("/api/v1/products?active=maybe&kind=X&cursor=zz"), "").andExpect(status().isBadRequest());
    }

    @Test
    void deletingDeactivatesAndTheProductCanBeOfferedAgain() throws Exception {
        var acme = workspaces.create("Acme");
        String id = catalog.product(acme.admin(), "OLD", "Ancien modèle", "10")
                .product()
                .id()
                .toString();
        send(acme.admin(), delete("/api/v1/products/" + id), "").andExpect(status().isNoContent());
        send(acme.admin(), get("/api/v1/products/" + id), "")
                .andExpect(jsonPath("$.active").value(false))
                .andExpect(jsonPath("$.version").value(1));
        send(acme.admin(), patch("/api/v1/products/" + id), "{\"active\": true, \"version\": 1}")
                .andExpect(jsonPath("$.active").value(true));
    }

    @Test
    void aSalesRepReadsTheCatalogueButOnlyAdminsAndManagersChangeIt() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser rep = acme.rep("Rita Rep");
        String id = catalog.product(acme.admin(), "R-1", "Ravalement", "80")
                .product()
                .id()
                .toString();
        send(rep, get("/api/v1/products?q=ravalement&active=true"), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1)));
        send(rep, get("/api/v1/products/" + id), "").andExpect(status().isOk());
        send(rep, post("/api/v1/products"), "{\"reference\": \"R-2\", \"label\": \"x\", \"unitPrice\": 1}")
                .andExpect(status().isForbidden());
        send(rep, patch("/api/v1/products/" + id), "{\"unitPrice\": 1, \"version\": 0}")
                .andExpect(status().isForbidden());
        send(rep, delete("/api/v1/products/" + id), "").andExpect(status().isForbidden());
        send(rep, get("/api/v1/products/" + id), "")
                .andExpect(jsonPath("$.unitPrice").value(80.0))
                .andExpect(jsonPath("$.active").value(true));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyCreatesOneProduct() throws Exception {
        var acme = workspaces.create("Acme");
        String body = "{\"reference\": \"IDEM\", \"label\": \"Once\", \"unitPrice\": 10}";
        String first =
                body(send(acme.admin(), post("/api/v1/products").header("Idempotency-Key", "product-idem-1"), body)
                        .andExpect(status().isCreated()));
        String second =
                body(send(acme.admin(), post("/api/v1/products").header("Idempotency-Key", "product-idem-1"), body)
                        .andExpect(status().isCreated())
                        .andExpect(header().string("Idempotent-Replayed", "true")));
        assertThat((String) JsonPath.read(second, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
        send(acme.admin(), get("/api/v1/products?q=once"), "").andExpect(jsonPath("$.items", hasSize(1)));
    }

    @Test
    void anInactiveRateCannotBeChosenButAProductKeepsItsOwn() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();
        var reduced = catalog.rate(admin, "10");
        String product = catalog.product(
                        admin,
                        "T-10",
                        "Travaux",
                        "100",
                        java.util.Map.of("taxRateId", reduced.id().toString()))
                .product()
                .id()
                .toString();
        send(admin, patch("/api/v1/tax-rates/" + reduced.id()), "{\"active\": false, \"version\": 0}")
                .andExpect(status().isOk());
        send(
                        admin,
                        post("/api/v1/products"),
                        "{\"reference\": \"T-11\", \"label\": \"x\", \"unitPrice\": 1, \"taxRateId\": \"" + reduced.id()
                                + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("taxRateId"));
        send(
                        admin,
                        patch("/api/v1/products/" + product),
                        "{\"label\": \"Travaux de rénovation\", \"taxRateId\": \"" + reduced.id()
                                + "\", \"version\": 0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.taxRatePercent").value(10));
    }
}
