package io.relance.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.shared.RelanceUser;
import org.junit.jupiter.api.Test;

/** The quote pages through plain posts (no JavaScript) and htmx, in the user's language and within his reach. */
class QuotePagesIntegrationTests extends QuoteTest {

    static final String SOON =
            java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(10).toString();

    @Test
    void aQuoteIsWrittenInTheEditorWithoutJavaScriptLineByLine() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser rep = acme.rep("Anna");
        String tp = party(rep, "Famille <i>Lambert</i>");

        assertThat(pageAs(rep, "/quotes/new?thirdpartyId=" + tp))
                .contains("Famille &lt;i&gt;Lambert&lt;/i&gt;", "name=\"lines[0].description\"");
        // a second line, added by a plain post: the page comes back with what was typed
        assertThat(body(as(
                                rep,
                                post("/quotes/new")
                                        .param("thirdpartyId", tp)
                                        .param("validUntil", SOON)
                                        .param("language", "en")
                                        .param("lines[0].kind", "ITEM")
                                        .with(line(0, "Tiles", "3", "100,00", "10", "20"))
                                        .param("action", "add-item"))
                        .andExpect(status().isOk())))
                .contains("name=\"lines[1].description\"", "value=\"100,00\"", "€270.00");
        // a mistake is shown beside its field, nothing is saved
        assertThat(body(as(
                                rep,
                                post("/quotes/new")
                                        .param("thirdpartyId", tp)
                                        .param("validUntil", SOON)
                                        .with(line(0, "Tiles", "-3", "abc", null, "20"))
                                        .param("action", "save"))
                        .andExpect(status().isOk())))
                .contains("id=\"err-lines[0].quantity\"", "id=\"err-lines[0].unitPrice\"");
        as(
                        rep,
                        post("/quotes/new")
                                .param("thirdpartyId", tp)
                                .param("validUntil", SOON)
                                .with(line(0, "Tiles", "3", "100.00", "10", "20"))
                                .with(line(1, "Glue", "1", "49,99", null, "5,5"))
                                .param("action", "save"))
                .andExpect(redirectedUrlPattern("/quotes/*"));
        assertThat(pageAs(rep, "/quotes")).contains("€376.74", "Famille &lt;i&gt;Lambert&lt;/i&gt;");
    }

    @Test
    void htmxRearrangesTheLinesInPlaceAndRecomputesTheTotals() throws Exception {
        var acme = workspaces.create("Acme");
        String tp = party(acme.admin(), "Dupont");

        as(
                        acme.admin(),
                        form(
                                htmx(post("/quotes/new")),
                                "thirdpartyId=" + tp,
                                "lines[0].description=First",
                                "lines[1].description=Second",
                                "action=up:1"))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("<form")))
                .andExpect(content().string(matchesPattern("(?s).*Second.*First.*")));
        assertThat(body(as(
                                acme.admin(),
                                htmx(post("/quotes/totals"))
                                        .with(line(0, "Tiles", "3", "100", "10", "20"))
                                        .with(line(1, "Glue", "1", "49.99", null, "5.5")))
                        .andExpect(status().isOk())))
                .contains("€319.99", "€56.75", "€376.74");
    }

    @Test
    void theQuotePageShowsTotalsTimelineAndRevisionsAndTheThirdPartyItsQuotes() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();
        String tp = party(admin, "Dupont");
        String id = quote(admin, tp);
        markSent(admin, id);
        as(
                        admin,
                        post("/quotes/" + id + "/edit")
                                .param("version", "1")
                                .param("validUntil", SOON)
                                .param("language", "fr")
                                .with(line(0, "Only one", "1", "10", null, "20"))
                                .param("action", "save"))
                .andExpect(redirectedUrlPattern("/quotes/*"));

        assertThat(pageAs(admin, "/quotes/" + id)).contains("-0001-2", "Quote revised", "Earlier revisions", "€12.00");
        as(admin, get("/quotes/" + id + "/revisions/1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("€376.74")));
        assertThat(pageAs(admin, "/thirdparties/" + tp)).contains("id=\"quotes-panel\"", "-0001-2", "Quote revised");
        as(admin, form(post("/quotes/" + id + "/cancel"), "version=0")).andExpect(redirectedUrlPattern("/quotes/*"));
        as(admin, post("/quotes/" + id + "/cancel"));
        as(admin, get("/quotes/" + id)).andExpect(content().string(containsString("Cancelled")));
    }

    @Test
    void theListAndPagesSpeakTheUsersLanguage() throws Exception {
        var acme = workspaces.create("Acme");
        String tp = party(acme.admin(), "Dupont");
        String id = quote(acme.admin(), tp);

        mvc.perform(
                        get("/quotes/" + id)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(acme.admin()))
                                .header("Accept-Language", "fr"))
                .andExpect(status().isOk());
        as(acme.admin(), get("/quotes?status=NOPE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("alert-danger")));
        // the filter bar shows what was chosen, each field under its label
        as(acme.admin(), get("/quotes?status=SENT&totalMin=100&createdFrom=2026-01-02"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<label class=\"form-label small\" for=\"f-status\">")))
                .andExpect(content().string(matchesPattern("(?s).*<option value=\"SENT\" selected=\"selected\">.*")))
                .andExpect(content()
                        .string(matchesPattern(
                                "(?s).*<input class=\"form-control form-control-sm\" id=\"f-from\" name=\"createdFrom\""
                                        + " value=\"2026-01-02\" type=\"date\">.*")))
                .andExpect(content()
                        .string(matchesPattern(
                                "(?s).*<input class=\"form-control form-control-sm\" inputmode=\"decimal\" id=\"f-min\""
                                        + " name=\"totalMin\" value=\"100\" maxlength=\"20\">.*")));
        as(acme.admin(), get("/quotes/new?q=Dup"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/quotes/new?thirdpartyId=" + tp)));
    }

    @Test
    void aRepGets404ForTheQuotesOfOthersAndAnotherWorkspaceForAnyQuotePage() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser anna = acme.rep("Anna");
        RelanceUser bob = acme.rep("Bob");
        String bobsParty = party(bob, "Bob's client");
        String bobs = quote(bob, bobsParty);
        RelanceUser stranger = workspaces.create("Globex").admin();

        for (RelanceUser outsider : new RelanceUser[] {anna, stranger}) {
            as(outsider, get("/quotes/" + bobs)).andExpect(status().isNotFound());
            as(outsider, get("/quotes/" + bobs + "/edit")).andExpect(status().isNotFound());
            as(outsider, get("/quotes/" + bobs + "/revisions/1")).andExpect(status().isNotFound());
            as(outsider, post("/quotes/" + bobs + "/cancel")).andExpect(status().isNotFound());
            as(outsider, form(post("/quotes/" + bobs + "/edit"), "action=save")).andExpect(status().isNotFound());
            as(outsider, get("/quotes/new?thirdpartyId=" + bobsParty)).andExpect(status().isNotFound());
            as(outsider, form(post("/quotes/new"), "thirdpartyId=" + bobsParty, "action=save"))
                    .andExpect(status().isNotFound());
            as(outsider, get("/quotes")).andExpect(content().string(not(containsString("Bob&#39;s client"))));
        }
        as(bob, get("/quotes/" + bobs)).andExpect(status().isOk());
    }

    @Test
    void anAdminSetsTheValidityTextsAndMaskOfNewQuotes() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();

        as(admin, get("/settings/quotes?language=fr")).andExpect(status().isOk());
        as(
                        admin,
                        form(
                                post("/settings/quotes"),
                                "language=fr",
                                "validityDays=15",
                                "validityVersion=0",
                                "textsVersion=0",
                                "introduction=Madame, Monsieur,",
                                "terms=Acompte de 30 %.",
                                "mask=DV{yyyy}-{000}",
                                "maskVersion=0"))
                .andExpect(redirectedUrlPattern("/settings/quotes*"));
        as(admin, form(post("/settings/quotes"), "language=fr", "validityDays=999", "mask={bad}"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("invalid-feedback")));
        String tp =
                thirdParties.of(admin).named("Dupont").with("language", "fr").createId();

        send(admin, post("/api/v1/quotes"), "{\"thirdpartyId\": \"" + tp + "\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.language").value("fr"))
                .andExpect(jsonPath("$.introduction").value("Madame, Monsieur,"))
                .andExpect(jsonPath("$.number").value(matchesPattern("DV\\d{4}-001")))
                .andExpect(jsonPath("$.validUntil")
                        .value(java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                                .plusDays(15)
                                .toString()));
        as(acme.rep("Anna"), get("/settings/quotes")).andExpect(status().isForbidden());
        as(admin, get("/quotes")).andExpect(header().doesNotExist("X-Nothing"));
    }
}
