package io.relance.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.MvcTest;
import io.relance.shared.RelanceUser;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the catalogue (API and pages), found by reflection on the request mappings, asked by the admin of
 * another workspace: 404 on anything that names a product or a rate, and nothing of the first workspace shown or
 * changed. A new endpoint without a case here fails the test.
 */
class CatalogIsolationIntegrationTests extends MvcTest {

    interface Check {
        void run() throws Exception;
    }

    @Autowired
    CatalogFixture catalog;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void anotherWorkspaceGets404OnEveryProductAndRateAndSeesNothingOfOurs() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser owner = acme.admin();
        RelanceUser stranger = workspaces.create("Globex").admin();
        String product = catalog.product(owner, "SECRET-1", "Secret recipe", "99")
                .product()
                .id()
                .toString();
        String rate = catalog.rate(owner, "10").id().toString();
        String p = "/api/v1/products/" + product;
        String r = "/api/v1/tax-rates/" + rate;

        Map<String, Check> cases = new LinkedHashMap<>();
        cases.put(
                "GET /api/v1/products",
                () -> send(stranger, get("/api/v1/products?q=secret"), "")
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.items", hasSize(0))));
        cases.put(
                "POST /api/v1/products",
                () -> send(
                                stranger,
                                post("/api/v1/products"),
                                "{\"reference\": \"X\", \"label\": \"x\", \"unitPrice\": 1, \"taxRateId\": \"" + rate
                                        + "\"}")
                        .andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.errors[0].field").value("taxRateId")));
        cases.put("GET /api/v1/products/{id}", () -> send(stranger, get(p), "").andExpect(status().isNotFound()));
        cases.put(
                "PATCH /api/v1/products/{id}",
                () -> send(stranger, patch(p), "{\"label\": \"Mine\", \"version\": 0}")
                        .andExpect(status().isNotFound()));
        cases.put(
                "DELETE /api/v1/products/{id}",
                () -> send(stranger, delete(p), "").andExpect(status().isNotFound()));
        cases.put(
                "GET /api/v1/tax-rates",
                () -> send(stranger, get("/api/v1/tax-rates"), "")
                        .andExpect(jsonPath("$.items[?(@.id == '" + rate + "')]", hasSize(0))));
        cases.put(
                "POST /api/v1/tax-rates",
                () -> send(stranger, post("/api/v1/tax-rates"), "{\"name\": \"Own\", \"percent\": 3}")
                        .andExpect(status().isCreated()));
        cases.put("GET /api/v1/tax-rates/{id}", () -> send(stranger, get(r), "").andExpect(status().isNotFound()));
        cases.put(
                "PATCH /api/v1/tax-rates/{id}",
                () -> send(stranger, patch(r), "{\"percent\": 1, \"version\": 0}")
                        .andExpect(status().isNotFound()));
        cases.put(
                "DELETE /api/v1/tax-rates/{id}",
                () -> send(stranger, delete(r), "").andExpect(status().isNotFound()));

        cases.put(
                "GET /catalog",
                () -> as(stranger, get("/catalog?q=secret"))
                        .andExpect(status().isOk())
                        .andExpect(content().string(not(containsString("Secret recipe")))));
        cases.put(
                "GET /catalog/rows",
                () -> as(stranger, get("/catalog/rows?q=secret"))
                        .andExpect(content().string(not(containsString("Secret recipe")))));
        cases.put(
                "GET /catalog/picker",
                () -> as(stranger, htmx(get("/catalog/picker?q=secret")))
                        .andExpect(content().string(not(containsString("Secret recipe")))));
        cases.put("GET /catalog/new", () -> as(stranger, get("/catalog/new")).andExpect(status().isOk()));
        cases.put(
                "POST /catalog/new",
                () -> as(
                                stranger,
                                form(
                                        post("/catalog/new"),
                                        "reference=X",
                                        "label=x",
                                        "unitPrice=1",
                                        "taxRateId=" + rate,
                                        "kind=SERVICE"))
                        .andExpect(status().isOk())
                        .andExpect(content().string(containsString("is-invalid"))));
        cases.put(
                "GET /catalog/{id}",
                () -> as(stranger, get("/catalog/" + product)).andExpect(status().isNotFound()));
        cases.put(
                "POST /catalog/{id}",
                () -> as(stranger, form(post("/catalog/" + product), "label=Mine", "version=0"))
                        .andExpect(status().isNotFound()));
        cases.put(
                "GET /settings/tax-rates",
                () -> as(stranger, get("/settings/tax-rates"))
                        .andExpect(status().isOk())
                        .andExpect(content().string(not(containsString(rate)))));
        cases.put(
                "POST /settings/tax-rates",
                () -> as(stranger, form(post("/settings/tax-rates"), "name=Other", "percent=4"))
                        .andExpect(status().is3xxRedirection()));
        cases.put(
                "POST /settings/tax-rates/usual",
                () -> as(stranger, post("/settings/tax-rates/usual")).andExpect(status().is3xxRedirection()));
        cases.put(
                "GET /settings/tax-rates/{id}",
                () -> as(stranger, get("/settings/tax-rates/" + rate)).andExpect(status().isNotFound()));
        cases.put(
                "POST /settings/tax-rates/{id}",
                () -> as(stranger, form(post("/settings/tax-rates/" + rate), "name=Mine", "percent=1", "version=0"))
                        .andExpect(status().isNotFound()));
        cases.put(
                "POST /settings/tax-rates/{id}/delete",
                () -> as(stranger, post("/settings/tax-rates/" + rate + "/delete"))
                        .andExpect(status().isNotFound()));

        assertThat(new TreeSet<>(cases.keySet())).isEqualTo(endpoints());
        for (var c : cases.entrySet()) {
            try {
                c.getValue().run();
            } catch (AssertionError e) {
                throw new AssertionError(c.getKey() + ": " + e.getMessage(), e);
            }
        }
        // nothing of ours changed
        send(owner, get(p), "")
                .andExpect(jsonPath("$.label").value("Secret recipe"))
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.version").value(0));
        send(owner, get(r), "")
                .andExpect(jsonPath("$.percent").value(10))
                .andExpect(jsonPath("$.version").value(0));
    }

    private Set<String> endpoints() {
        Set<String> found = new TreeSet<>();
        for (var e : mappings.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getPackageName().startsWith("io.relance.catalog")) {
                continue;
            }
            RequestMappingInfo info = e.getKey();
            for (var method : info.getMethodsCondition().getMethods()) {
                for (String pattern : info.getPatternValues()) {
                    found.add(method.name() + " " + pattern);
                }
            }
        }
        return found;
    }
}
