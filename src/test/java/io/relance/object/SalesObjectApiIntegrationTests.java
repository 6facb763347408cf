package io.relance.object;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.MvcTest;
import io.relance.shared.RelanceUser;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/**
 * {@code /api/v1/objects}: create, read, list with filters, change at a version, status transitions, withdraw,
 * documents; field errors, rights; the public {@link SalesObjects} lookup.
 */
class SalesObjectApiIntegrationTests extends MvcTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes();

    @Autowired
    ObjectFixture fixture;

    @Autowired
    SalesObjects lookup;

    @Test
    void anAgentCreatesAnObjectAndReadsItBack() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser rep = acme.rep("Rita Rep");
        String created = body(send(rep, post("/api/v1/objects"), """
                        {"reference": "APT-12", "title": "Bright flat near the park", "type": "apartment",
                         "price": "385 000,00", "rooms": 3.5, "area": 82.4, "postalCode": "69003", "city": "Lyon",
                         "country": "fr", "description": "Third floor, lift.",
                         "customFields": {"balcony": true, "lift": true, "garden": false, "parking_spaces": 1,
                                          "heating": "gas"}}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference").value("APT-12"))
                .andExpect(jsonPath("$.type").value("APARTMENT"))
                .andExpect(jsonPath("$.status").value("AVAILABLE"))
                .andExpect(jsonPath("$.price").value(385000.0))
                .andExpect(jsonPath("$.currency").value("EUR"))
                .andExpect(jsonPath("$.rooms").value(3.5))
                .andExpect(jsonPath("$.country").value("FR"))
                .andExpect(jsonPath("$.ownerId").value(rep.userId().toString()))
                .andExpect(jsonPath("$.features", contains("balcony", "lift")))
                .andExpect(jsonPath("$.customFields.heating").value("gas"))
                .andExpect(jsonPath("$.version").value(0)));
        String id = JsonPath.read(created, "$.id");
        send(acme.admin(), get("/api/v1/objects/" + id), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Bright flat near the park"))
                .andExpect(jsonPath("$.customFields.parking_spaces").value(1))
                .andExpect(jsonPath("$.documents", hasSize(0)));

        SalesObjectSummary summary =
                lookup.findByReference(acme.id(), " apt-12 ").orElseThrow();
        assertThat(summary.title()).isEqualTo("Bright flat near the park");
        assertThat(summary.price().amount()).isEqualByComparingTo("385000");
        assertThat(lookup.summary(acme.id(), summary.id())).contains(summary);
        assertThat(lookup.findByReference(workspaces.create("Globex").id(), "APT-12"))
                .isEmpty();
    }

    @Test
    void badFieldsAreAllReportedAtOnceAndNothingIsWritten() throws Exception {
        var acme = workspaces.create("Acme");
        send(acme.admin(), post("/api/v1/objects"), """
                        {"reference": " ", "title": "x", "type": "castle", "price": -1, "rooms": 2.25,
                         "area": "big", "country": "XX", "customFields": {"Bad Key": true}, "colour": "red"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(containsInAnyOrder(
                                "reference",
                                "type",
                                "price",
                                "rooms",
                                "area",
                                "country",
                                "customFields.Bad Key",
                                "colour")));
        send(acme.admin(), post("/api/v1/objects"), "{\"title\": \"No reference\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("reference", "type")));
        send(acme.admin(), get("/api/v1/objects"), "").andExpect(jsonPath("$.items", hasSize(0)));
    }

    @Test
    void aReferenceIsUniqueInItsWorkspaceWhateverItsCase() throws Exception {
        var acme = workspaces.create("Acme");
        fixture.object(acme.admin(), "H-1");
        sendRefused(acme.admin(), post("/api/v1/objects"), """
                {"reference": "h-1", "title": "Other", "type": "HOUSE"}""", "reference");
        var globex = workspaces.create("Globex");
        send(globex.admin(), post("/api/v1/objects"), """
                        {"reference": "H-1", "title": "Mine", "type": "HOUSE"}""").andExpect(status().isCreated());
    }

    @Test
    void aChangeAtAStaleVersionIsA409AndStatusesMoveThroughTheirTransitions() throws Exception {
        var acme = workspaces.create("Acme");
        String id = fixture.object(acme.admin(), "L-1").id().toString();
        String path = "/api/v1/objects/" + id;
        send(acme.admin(), patch(path), "{\"price\": 120000, \"city\": \"Nantes\", \"version\": 0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.price").value(120000.0))
                .andExpect(jsonPath("$.version").value(1));
        send(acme.admin(), patch(path), "{\"price\": 1, \"version\": 0}").andExpect(status().isConflict());
        sendRefused(acme.admin(), patch(path), "{\"price\": 1}", "version");
        send(acme.admin(), patch(path), "{\"city\": null, \"status\": \"RESERVED\", \"version\": 1}")
                .andExpect(jsonPath("$.city").value(nullValue()))
                .andExpect(jsonPath("$.status").value("RESERVED"));
        send(acme.admin(), patch(path), "{\"status\": \"SOLD\", \"version\": 2}")
                .andExpect(jsonPath("$.status").value("SOLD"));
        sendRefused(acme.admin(), patch(path), "{\"status\": \"RESERVED\", \"version\": 3}", "status");
        send(acme.admin(), delete(path), "").andExpect(status().isBadRequest());

        String other = fixture.object(acme.admin(), "L-2").id().toString();
        send(acme.admin(), delete("/api/v1/objects/" + other), "").andExpect(status().isNoContent());
        send(acme.admin(), get("/api/v1/objects/" + other), "")
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
        send(acme.admin(), patch("/api/v1/objects/" + other), "{\"status\": \"AVAILABLE\", \"version\": 1}")
                .andExpect(jsonPath("$.status").value("AVAILABLE"));
    }

    @Test
    void aRepChangesOnlyHisOwnObjectsAndListsFilter() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser rita = acme.rep("Rita");
        RelanceUser bob = acme.rep("Bob");
        String ritas = fixture.object(rita, "R-1", "Loft in Lyon", Map.of("city", "Lyon", "price", 300000))
                .id()
                .toString();
        fixture.object(bob, "B-1", "House in Nantes", Map.of("city", "Nantes", "type", "HOUSE", "price", 500000));
        send(bob, patch("/api/v1/objects/" + ritas), "{\"title\": \"Mine\", \"version\": 0}")
                .andExpect(status().isForbidden());
        sendRefused(
                bob,
                post("/api/v1/objects"),
                "{\"reference\": \"B-2\", \"title\": \"t\", \"type\": \"LAND\", \"ownerId\": \""
                        + rita.userId()
                        + "\"}",
                "ownerId");

        send(bob, get("/api/v1/objects?type=HOUSE"), "").andExpect(jsonPath("$.items[*].reference", contains("B-1")));
        send(bob, get("/api/v1/objects?place=lyon"), "").andExpect(jsonPath("$.items[*].reference", contains("R-1")));
        send(bob, get("/api/v1/objects?owner=me"), "").andExpect(jsonPath("$.items[*].reference", contains("B-1")));
        send(bob, get("/api/v1/objects?priceMax=400000"), "")
                .andExpect(jsonPath("$.items[*].reference", contains("R-1")));
        send(bob, get("/api/v1/objects?q=loft"), "").andExpect(jsonPath("$.items[*].reference", contains("R-1")));
        send(bob, get("/api/v1/objects?limit=1"), "")
                .andExpect(jsonPath("$.items[*].reference", contains("B-1")))
                .andExpect(jsonPath("$.nextCursor").isNotEmpty());
        send(bob, get("/api/v1/objects?status=GONE"), "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void theDocumentationPdfIsStoredAndDownloaded() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();
        String id = fixture.object(admin, "D-1").id().toString();
        String uploaded = body(mvc.perform(multipart("/api/v1/objects/" + id + "/documents")
                        .file(new MockMultipartFile("file", "expose.pdf", "application/pdf", PDF))
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("application/pdf")));
        String file = JsonPath.read(uploaded, "$.id");
        mvc.perform(get("/api/v1/objects/" + id + "/documents/" + file).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        send(admin, get("/api/v1/objects/" + id), "")
                .andExpect(jsonPath("$.documents[0].filename").value("expose.pdf"));
        mvc.perform(multipart("/api/v1/objects/" + id + "/documents")
                        .file(new MockMultipartFile("file", "expose.pdf", "application/pdf", "<html>".getBytes()))
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        send(admin, delete("/api/v1/objects/" + id + "/documents/" + file), "").andExpect(status().isNoContent());
        send(admin, get("/api/v1/objects/" + id + "/documents"), "").andExpect(jsonPath("$.items", hasSize(0)));
    }
}
