package io.relance.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.catalog.CatalogFixture;
import io.relance.shared.RelanceUser;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Quote lines from the catalogue: through the API a line naming a product takes what it leaves out from it and keeps
 * the product's id; in the editor the picker finds products and adds a product's line, with htmx or plain posts.
 * Free-text lines, sections and subtotals work beside them.
 */
class QuoteProductLinesIntegrationTests extends QuoteTest {

    static final String SOON = LocalDate.now().plusDays(20).toString();

    @Autowired
    CatalogFixture catalog;

    @Test
    void anApiLineNamingAProductTakesWhatItLeavesOutFromIt() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();
        RelanceUser rep = acme.rep("Rita Rep");
        String parquet = catalog.product(
                        admin,
                        "PARQ",
                        "Pose de parquet",
                        "45.50",
                        Map.of(
                                "unit",
                                "m²",
                                "description",
                                "Chêne massif",
                                "taxRateId",
                                catalog.rate(admin, "10").id().toString()))
                .product()
                .id()
                .toString();
        String tp = party(rep, "Famille Lambert");
        String json = body(send(rep, post("/api/v1/quotes"), """
                        {"thirdpartyId": "%s", "lines": [
                          {"productId": "%s", "quantity": 2},
                          {"productId": "%s", "quantity": 1, "description": "Plinthes", "unitPrice": 10, "taxRate": 5.5},
                          {"kind": "SECTION", "description": "Étage"},
                          {"description": "Déplacement", "quantity": 1, "unitPrice": 5, "taxRate": 20},
                          {"kind": "SUBTOTAL"}]}""".formatted(tp, parquet, parquet))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lines[0].description").value("Pose de parquet\nChêne massif"))
                .andExpect(jsonPath("$.lines[0].unit").value("m²"))
                .andExpect(jsonPath("$.lines[0].unitPrice").value(45.5))
                .andExpect(jsonPath("$.lines[0].taxRate").value(10))
                .andExpect(jsonPath("$.lines[0].productId").value(parquet))
                .andExpect(jsonPath("$.lines[1].description").value("Plinthes"))
                .andExpect(jsonPath("$.lines[1].unit").value("m²"))
                .andExpect(jsonPath("$.lines[1].unitPrice").value(10.0))
                .andExpect(jsonPath("$.lines[1].taxRate").value(5.5))
                .andExpect(jsonPath("$.lines[1].productId").value(parquet))
                .andExpect(jsonPath("$.lines[2].kind").value("SECTION"))
                .andExpect(jsonPath("$.lines[3].productId").value(nullValue()))
                .andExpect(jsonPath("$.lines[4].kind").value("SUBTOTAL"))
                // 2 × 45.50 at 10 %, 10.00 at 5.5 %, 5.00 at 20 %
                .andExpect(jsonPath("$.totalNet").value(106.0))
                .andExpect(jsonPath("$.totalTax").value(10.65))
                .andExpect(jsonPath("$.totalGross").value(116.65)));

        // a PATCH's product lines are filled the same way
        String id = JsonPath.read(json, "$.id");
        send(
                        rep,
                        patch("/api/v1/quotes/" + id),
                        "{\"version\": 0, \"lines\": [{\"productId\": \"%s\", \"quantity\": 3, \"discountPercent\": 10}]}"
                                .formatted(parquet))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].description").value("Pose de parquet\nChêne massif"))
                .andExpect(jsonPath("$.lines[0].productId").value(parquet))
                .andExpect(jsonPath("$.totalNet").value(122.85));
    }

    @Test
    void aProductOfAnotherWorkspaceOrNoneIsAFieldErrorOnItsLine() throws Exception {
        var acme = workspaces.create("Acme");
        var globex = workspaces.create("Globex");
        String theirs = catalog.product(globex.admin(), "SECRET", "Secret", "99")
                .product()
                .id()
                .toString();
        String tp = party(acme.admin(), "Dupont");
        for (String product : new String[] {theirs, "0193a4f0-7c1e-7d2a-9f51-3c0e0b1f2a10"}) {
            send(
                            acme.admin(),
                            post("/api/v1/quotes"),
                            "{\"thirdpartyId\": \"%s\", \"lines\": [{\"description\": \"Free\", \"quantity\": 1, \"unitPrice\": 1, \"taxRate\": 20}, {\"productId\": \"%s\", \"quantity\": 1}]}"
                                    .formatted(tp, product))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("lines[1].productId"));
        }
        send(acme.admin(), get("/api/v1/quotes"), "")
                .andExpect(jsonPath("$.items.length()").value(0));
    }

    @Test
    void theEditorFindsAProductAndAddsItsLineInPlaceOfTheEmptyOne() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser rep = acme.rep("Rita Rep");
        String parquet = catalog.product(acme.admin(), "PARQ", "Pose de parquet", "1234.5", Map.of("unit", "m²"))
                .product()
                .id()
                .toString();
        String tp = party(rep, "Famille Lambert");

        // the editor offers the picker under the lines
        assertThat(pageAs(rep, "/quotes/new?thirdpartyId=" + tp))
                .contains("id=\"product-picker-q\"", "/catalog/picker?pick=add-product", "value=\"find-product\"");
        // without JavaScript: "Find", then the product's button
        String found = body(as(rep, editorPost(tp).param("q", "parquet").param("action", "find-product"))
                .andExpect(status().isOk()));
        assertThat(found).contains("value=\"add-product:" + parquet + "\"", "Pose de parquet");
        String added = body(as(rep, editorPost(tp).param("action", "add-product:" + parquet))
                .andExpect(status().isOk()));
        assertThat(added)
                .contains("<html")
                .contains("name=\"lines[0].productId\" value=\"" + parquet + "\"")
                .contains(">Pose de parquet</textarea>")
                .contains("name=\"lines[0].unitPrice\" value=\"1234.50\"", "name=\"lines[0].taxRate\" value=\"20\"")
                .contains("name=\"lines[0].unit\" value=\"m²\"")
                .doesNotContain("name=\"lines[1].description\"");
        // with htmx: the form alone, the line added after a line already typed
        String inPlace = body(as(
                        rep,
                        htmx(editorPost(tp))
                                .param("lines[0].description", "Déplacement")
                                .param("lines[0].unitPrice", "5")
                                .param("action", "add-product:" + parquet))
                .andExpect(status().isOk()));
        assertThat(inPlace)
                .doesNotContain("<html")
                .contains(">Déplacement</textarea>", "name=\"lines[1].productId\" value=\"" + parquet + "\"");
        // an id that names no product of the workspace adds nothing
        assertThat(body(as(rep, editorPost(tp).param("action", "add-product:not-an-id"))))
                .doesNotContain("lines[0].productId");

        // saved, the line keeps its product
        as(
                        rep,
                        editorPost(tp)
                                .with(line(0, "Pose de parquet", null, "1234.50", null, "20"))
                                .param("lines[0].productId", parquet)
                                .param("action", "save"))
                .andExpect(status().is3xxRedirection());
        send(rep, get("/api/v1/quotes?thirdpartyId=" + tp), "")
                .andExpect(jsonPath("$.items.length()").value(1));
        String quote = JsonPath.read(body(send(rep, get("/api/v1/quotes?thirdpartyId=" + tp), "")), "$.items[0].id");
        send(rep, get("/api/v1/quotes/" + quote), "")
                .andExpect(jsonPath("$.lines[0].productId").value(parquet));
    }

    /** The editor's form of a new quote with one empty item line, as the browser posts it. */
    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder editorPost(String tp) {
        return form(
                post("/quotes/new"),
                "thirdpartyId=" + tp,
                "validUntil=" + SOON,
                "language=en",
                "lines[0].kind=ITEM",
                "lines[0].quantity=1",
                "lines[0].discountPercent=0");
    }
}
