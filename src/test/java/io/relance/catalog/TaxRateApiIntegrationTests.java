package io.relance.catalog;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.MvcTest;
import io.relance.shared.RelanceUser;
import io.relance.workspace.NewWorkspace;
import io.relance.workspace.WorkspaceManagement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code /api/v1/tax-rates}: a new workspace's usual rates, one default always, a rate in use kept, admins only
 * change them.
 */
class TaxRateApiIntegrationTests extends MvcTest {

    @Autowired
    CatalogFixture catalog;

    @Autowired
    WorkspaceManagement workspaceManagement;

    @Test
    void aNewWorkspaceHasTheUsualRatesOfItsCountryTheStandardOneByDefault() throws Exception {
        var acme = workspaces.create("Acme");
        send(acme.admin(), get("/api/v1/tax-rates"), "")
                .andExpect(jsonPath("$.items[*].name")
                        .value(contains("TVA 20 %", "TVA 10 %", "TVA 5,5 %", "TVA 2,1 %", "TVA 0 %")))
                .andExpect(jsonPath("$.items[*].percent").value(contains(20, 10, 5.5, 2.1, 0)))
                .andExpect(jsonPath("$.items[0].isDefault").value(true))
                .andExpect(jsonPath("$.items[1].isDefault").value(false))
                .andExpect(jsonPath("$.items[0].active").value(true));

        String email = "admin-us-" + java.util.UUID.randomUUID() + "@relance.test";
        workspaceManagement.signUp(new NewWorkspace(
                "Yankee Doodle", "USD", "en", "America/New_York", "US", "Sam", email, "correct-horse-battery"));
        RelanceUser sam = workspaceManagement.signInCandidate(email).orElseThrow();
        send(sam, get("/api/v1/tax-rates"), "")
                .andExpect(jsonPath("$.items[*].name").value(contains("Tax 20 %")))
                .andExpect(jsonPath("$.items[0].isDefault").value(true));
    }

    @Test
    void anotherAdminDoesNotAddTheUsualRatesAgain() throws Exception {
        var acme = workspaces.create("Acme");
        acme.member("Second Admin", io.relance.shared.Role.ADMIN);
        send(acme.admin(), get("/api/v1/tax-rates"), "").andExpect(jsonPath("$.items", hasSize(5)));
    }

    @Test
    void anAdminAddsARateAndMakesItTheDefaultWhichLeavesOneDefault() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();
        String created =
                body(send(admin, post("/api/v1/tax-rates"), "{\"name\": \"TVA Corse 13 %\", \"percent\": \"13\"}")
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.percent").value(13))
                        .andExpect(jsonPath("$.isDefault").value(false)));
        String id = JsonPath.read(created, "$.id");
        send(admin, patch("/api/v1/tax-rates/" + id), "{\"isDefault\": true, \"version\": 0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.isDefault").value(true));
        send(admin, get("/api/v1/tax-rates"), "")
                .andExpect(jsonPath("$.items[?(@.isDefault == true)].name").value(contains("TVA Corse 13 %")));
        // the default stays the default until another is chosen, and stays active
        send(admin, patch("/api/v1/tax-rates/" + id), "{\"isDefault\": false, \"version\": 1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("isDefault"));
        send(admin, patch("/api/v1/tax-rates/" + id), "{\"active\": false, \"version\": 1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("active"));
        send(admin, delete("/api/v1/tax-rates/" + id), "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("isDefault"));
    }

    @Test
    void badRatesAreFieldErrorsAndNamesAreUnique() throws Exception {
        var acme = workspaces.create("Acme");
        send(acme.admin(), post("/api/v1/tax-rates"), "{\"name\": \"\", \"percent\": 120}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("name", "percent")));
        send(acme.admin(), post("/api/v1/tax-rates"), "{\"name\": \"x\", \"percent\": \"5.1234\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("percent"));
        send(acme.admin(), post("/api/v1/tax-rates"), "{\"name\": \"tva 20 %\", \"percent\": 20}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void aRateUsedByAProductCannotBeDeletedButCanBeDeactivated() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();
        var reduced = catalog.rate(admin, "5.5");
        catalog.product(
                admin,
                "ISO",
                "Isolation",
                "60",
                java.util.Map.of("taxRateId", reduced.id().toString()));
        send(admin, delete("/api/v1/tax-rates/" + reduced.id()), "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
        send(admin, patch("/api/v1/tax-rates/" + reduced.id()), "{\"active\": false, \"version\": 0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
        send(admin, patch("/api/v1/tax-rates/" + reduced.id()), "{\"percent\": 5, \"version\": 0}")
                .andExpect(status().isConflict());
        var unused = catalog.rate(admin, "2.1");
        send(admin, delete("/api/v1/tax-rates/" + unused.id()), "").andExpect(status().isNoContent());
        send(admin, get("/api/v1/tax-rates"), "").andExpect(jsonPath("$.items", hasSize(4)));
    }

    @Test
    void onlyAdminsChangeTaxRatesEveryoneReadsThem() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser manager = acme.manager("Marc");
        RelanceUser rep = acme.rep("Rita");
        String rate = catalog.rate(acme.admin(), "10").id().toString();
        for (RelanceUser who : List.of(manager, rep)) {
            send(who, get("/api/v1/tax-rates"), "")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items", hasSize(5)));
            send(who, get("/api/v1/tax-rates/" + rate), "").andExpect(status().isOk());
            send(who, post("/api/v1/tax-rates"), "{\"name\": \"x\", \"percent\": 1}")
                    .andExpect(status().isForbidden());
            send(who, patch("/api/v1/tax-rates/" + rate), "{\"percent\": 1, \"version\": 0}")
                    .andExpect(status().isForbidden());
            send(who, delete("/api/v1/tax-rates/" + rate), "").andExpect(status().isForbidden());
        }
    }
}
