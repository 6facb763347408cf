package io.relance.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.shared.RelanceUser;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteApiIntegrationTests extends QuoteTest {

    @Test
    void aQuoteIsCreatedWithDefaultsAndItsTotalsPerTaxRate() throws Exception {
        var acme = workspaces.create("Acme");
        String tp = party(acme.admin(), "Dupont");

        String id = quote(acme.admin(), tp);

        send(acme.admin(), get("/api/v1/quotes/" + id), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.number").value(org.hamcrest.Matchers.matchesPattern("QU\\d{4}-0001")))
                .andExpect(jsonPath("$.revision").value(1))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.thirdpartyId").value(tp))
                .andExpect(jsonPath("$.currency").value("EUR"))
                .andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath("$.publicUrl").value(nullValue()))
                .andExpect(jsonPath("$.totalNet").value(319.99))
                .andExpect(jsonPath("$.totalTax").value(56.75))
                .andExpect(jsonPath("$.totalGross").value(376.74))
                .andExpect(jsonPath("$.taxes[0].rate").value(5.5))
                .andExpect(jsonPath("$.taxes[0].tax").value(2.75))
                .andExpect(jsonPath("$.taxes[1].rate").value(20))
                .andExpect(jsonPath("$.taxes[1].tax").value(54.00))
                .andExpect(jsonPath("$.lines", hasSize(2)))
                .andExpect(jsonPath("$.lines[0].net").value(270.00))
                .andExpect(jsonPath("$.validUntil")
                        .value(java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                                .plusDays(30)
                                .toString()));
    }

    @Test
    void badLinesAreFieldErrorsAllAtOnceAndNothingIsWritten() throws Exception {
        var acme = workspaces.create("Acme");
        String tp = party(acme.admin(), "Dupont");

        send(acme.admin(), post("/api/v1/quotes"), """
                        {"thirdpartyId": "%s", "currency": "USD", "lines": [
                          {"description": "ok", "quantity": 1, "unitPrice": 1, "taxRate": 20},
                          {"description": "minus", "quantity": -2, "unitPrice": 1, "taxRate": 20},
                          {"description": "discount", "quantity": 1, "unitPrice": 1.001, "discountPercent": 120, "taxRate": 20}]}""".formatted(tp))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field")
                        .value(containsInAnyOrder(
                                "currency", "lines[1].quantity", "lines[2].unitPrice", "lines[2].discountPercent")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM quotes WHERE workspace_id = ?")
                        .param(acme.id().value())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aWrongTypeNamesTheLineField() throws Exception {
        var acme = workspaces.create("Acme");
        send(
                        acme.admin(),
                        post("/api/v1/quotes"),
                        "{\"thirdpartyId\": \"" + party(acme.admin(), "D")
                                + "\", \"lines\": [{\"quantity\": \"lots\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].quantity"));
    }

    @Test
    void aPatchOfADraftChangesItInPlaceAndAStaleVersionIs409() throws Exception {
        var acme = workspaces.create("Acme");
        String id = quote(acme.admin(), party(acme.admin(), "Dupont"));
        String q = "/api/v1/quotes/" + id;

        send(
                        acme.admin(),
                        patch(q),
                        "{\"version\": 0, \"lines\": [{\"description\": \"One\", \"quantity\": 1, \"unitPrice\": 10, \"taxRate\": 20}]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.revision").value(1))
                .andExpect(jsonPath("$.totalGross").value(12.00));
        send(acme.admin(), patch(q), "{\"version\": 0, \"introduction\": \"late\"}")
                .andExpect(status().isConflict());
        send(acme.admin(), patch(q), "{\"introduction\": \"no version\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void aPatchOfASentQuoteMakesRevisionTwoAndListsTheFirstReadOnly() throws Exception {
        var acme = workspaces.create("Acme");
        String id = quote(acme.admin(), party(acme.admin(), "Dupont"));
        markSent(acme.admin(), id);
        String q = "/api/v1/quotes/" + id;
        String number = JsonPath.read(body(send(acme.admin(), get(q), "")), "$.number");

        send(
                        acme.admin(),
                        patch(q),
                        "{\"version\": 1, \"lines\": [{\"description\": \"Cheaper\", \"quantity\": 1, \"unitPrice\": 300, \"taxRate\": 20}]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SENT"))
                .andExpect(jsonPath("$.revision").value(2))
                .andExpect(jsonPath("$.number").value(number + "-2"))
                .andExpect(jsonPath("$.totalGross").value(360.00))
                .andExpect(jsonPath("$.revisions", hasSize(1)))
                .andExpect(jsonPath("$.revisions[0].number").value(number))
                .andExpect(jsonPath("$.revisions[0].totalGross").value(376.74));
    }

    @Test
    void cancellingIsForDraftsAndSentQuotesThenA409() throws Exception {
        var acme = workspaces.create("Acme");
        String id = quote(acme.admin(), party(acme.admin(), "Dupont"));

        send(acme.admin(), post("/api/v1/quotes/" + id + "/cancel"), "{}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"));
        send(acme.admin(), post("/api/v1/quotes/" + id + "/cancel"), "{}")
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.status").value("CANCELLED"));
        send(acme.admin(), patch("/api/v1/quotes/" + id), "{\"version\": 1, \"introduction\": \"x\"}")
                .andExpect(status().isConflict());
    }

    @Test
    void theListFiltersSortsAndPagesByCursor() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();
        String dupont = party(admin, "Dupont");
        String martin = party(admin, "Martin");
        String a = quote(admin, dupont);
        String b = quote(admin, dupont);
        String c = quote(admin, martin);
        markSent(admin, b);
        send(
                        admin,
                        patch("/api/v1/quotes/" + c),
                        "{\"version\": 0, \"lines\": [{\"description\": \"Small\", \"quantity\": 1, \"unitPrice\": 10, \"taxRate\": 20}]}")
                .andExpect(status().isOk());

        send(admin, get("/api/v1/quotes?status=SENT"), "")
                .andExpect(jsonPath("$.items[*].id").value(containsInAnyOrder(b)));
        send(admin, get("/api/v1/quotes?thirdpartyId=" + dupont), "")
                .andExpect(jsonPath("$.items[*].id").value(containsInAnyOrder(a, b)));
        send(admin, get("/api/v1/quotes?totalMax=100"), "")
                .andExpect(jsonPath("$.items[*].id").value(containsInAnyOrder(c)));
        send(admin, get("/api/v1/quotes?owner=me&totalMin=300"), "")
                .andExpect(jsonPath("$.items[*].id").value(containsInAnyOrder(a, b)));
        send(admin, get("/api/v1/quotes?sort=totalGross"), "")
                .andExpect(jsonPath("$.items[0].id").value(c))
                .andExpect(jsonPath("$.items[0].thirdpartyName").value("Martin"));

        String first = body(send(admin, get("/api/v1/quotes?limit=2&sort=-engagementScore"), ""));
        List<String> ids = new java.util.ArrayList<>(JsonPath.read(first, "$.items[*].id"));
        String cursor = JsonPath.read(first, "$.nextCursor");
        String second = body(send(admin, get("/api/v1/quotes?limit=2&sort=-engagementScore&cursor=" + cursor), ""));
        ids.addAll(JsonPath.read(second, "$.items[*].id"));
        assertThat(ids).containsExactlyInAnyOrder(a, b, c);
        assertThat((Object) JsonPath.read(second, "$.nextCursor")).isNull();

        send(admin, get("/api/v1/quotes?status=LOST&sort=price&colour=red"), "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("status", "sort", "colour")));
    }

    @Test
    void aRepSeesOnlyTheQuotesOfThirdPartiesHeMaySeeAndGets404ForOthers() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser anna = acme.rep("Anna");
        RelanceUser bob = acme.rep("Bob");
        String annas = quote(anna, party(anna, "Anna's client"));
        String bobsParty = party(bob, "Bob's client");
        String bobs = quote(bob, bobsParty);

        send(anna, get("/api/v1/quotes"), "")
                .andExpect(jsonPath("$.items[*].id").value(containsInAnyOrder(annas)));
        send(anna, get("/api/v1/quotes/" + bobs), "").andExpect(status().isNotFound());
        send(anna, patch("/api/v1/quotes/" + bobs), "{\"version\": 0}").andExpect(status().isNotFound());
        send(anna, post("/api/v1/quotes/" + bobs + "/cancel"), "{}").andExpect(status().isNotFound());
        send(anna, post("/api/v1/quotes"), "{\"thirdpartyId\": \"" + bobsParty + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("thirdpartyId"));
        send(acme.manager("Max"), get("/api/v1/quotes"), "")
                .andExpect(jsonPath("$.items[*].id").value(containsInAnyOrder(annas, bobs)));
    }

    @Test
    void anotherWorkspaceGets404OnEveryQuoteEndpointAndSeesNone() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser stranger = workspaces.create("Globex").admin();
        String tp = party(acme.admin(), "Dupont");
        String id = quote(acme.admin(), tp);
        String q = "/api/v1/quotes/" + id;

        send(stranger, get(q), "").andExpect(status().isNotFound());
        send(stranger, patch(q), "{\"version\": 0, \"introduction\": \"x\"}").andExpect(status().isNotFound());
        send(stranger, post(q + "/cancel"), "{}").andExpect(status().isNotFound());
        send(stranger, get("/api/v1/quotes"), "").andExpect(jsonPath("$.items", hasSize(0)));
        send(stranger, get("/api/v1/quotes?thirdpartyId=" + tp), "").andExpect(jsonPath("$.items", hasSize(0)));
        send(stranger, post("/api/v1/quotes"), "{\"thirdpartyId\": \"" + tp + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("thirdpartyId"));
        send(stranger, get("/api/v1/quotes/not-a-uuid"), "").andExpect(status().isNotFound());
        send(acme.admin(), get(q), "").andExpect(jsonPath("$.status").value("DRAFT"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyCreatesOneQuote() throws Exception {
        var acme = workspaces.create("Acme");
        String json = "{\"thirdpartyId\": \"" + party(acme.admin(), "Dupont") + "\"}";
        String first = body(send(acme.admin(), post("/api/v1/quotes").header("Idempotency-Key", "k-1"), json)
                .andExpect(status().isCreated()));
        String again = body(send(acme.admin(), post("/api/v1/quotes").header("Idempotency-Key", "k-1"), json)
                .andExpect(header().string("Idempotent-Replayed", "true")));

        assertThat((String) JsonPath.read(again, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
        send(acme.admin(), get("/api/v1/quotes"), "").andExpect(jsonPath("$.items", hasSize(1)));
    }
}
