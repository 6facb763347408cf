package io.relance.quote.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.quote.QuoteId;
import io.relance.quote.QuoteTest;
import io.relance.shared.RelanceUser;
import io.relance.shared.pdf.PdfTexts;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * A real quote's PDF: from its page and the API, its current revision or a replaced one, with the workspace's
 * branding; a quote the caller may not see (another workspace, a rep's colleague) is a 404.
 */
class QuotePdfIntegrationTests extends QuoteTest {

    @Autowired
    QuoteDocuments documents;

    @Test
    void theApiAnswersTheQuotesPdfWithTheBrandingAndTheTotals() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();
        send(admin, put("/api/v1/settings/branding"), """
                {"companyName": "Łukasz Rénovation", "legalForm": "SARL au capital de 10 000 €", "version": 0}""").andExpect(status().isOk());
        String id = quote(admin, party(admin, "Famille Muñoz"));

        byte[] pdf = mvc.perform(get("/api/v1/quotes/" + id + "/pdf").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", Matchers.containsString(".pdf")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        String text = PdfTexts.text(pdf);
        assertThat(text)
                .contains("Łukasz Rénovation", "SARL au capital de 10 000 €", "Famille Muñoz", "Tiles", "Glue")
                .contains("€319.99", "€56.75", "€376.74", "1 / 1");
        assertThat(PdfTexts.fonts(pdf)).allSatisfy(font -> assertThat(font).endsWith(" embedded"));
    }

    @Test
    void aReplacedRevisionPrintsAsTheClientSawIt() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();
        String id = quote(admin, party(admin, "Dupont"));
        markSent(admin, id);
        send(
                        admin,
                        patch("/api/v1/quotes/" + id),
                        "{\"version\": 1, \"lines\": [{\"description\": \"Cheaper\", \"quantity\": 1,"
                                + " \"unitPrice\": 300, \"taxRate\": 20}]}")
                .andExpect(status().isOk());
        QuoteId quoteId = new QuoteId(UUID.fromString(id));

        QuoteDocument current =
                documents.document(admin.workspaceId(), quoteId, null).orElseThrow();
        QuoteDocument first =
                documents.document(admin.workspaceId(), quoteId, 1).orElseThrow();

        assertThat(current.revision()).isEqualTo(2);
        assertThat(current.number()).endsWith("-2");
        assertThat(current.totalGross()).isEqualByComparingTo("360.00");
        assertThat(first.revision()).isEqualTo(1);
        assertThat(first.totalGross()).isEqualByComparingTo("376.74");
        assertThat(first.lines()).extracting(QuoteDocument.Line::description).contains("Tiles", "Glue");
        assertThat(documents.document(admin.workspaceId(), quoteId, 3)).isEmpty();
        assertThat(PdfTexts.text(documents.pdf(admin.workspaceId(), quoteId, 1).orElseThrow()))
                .contains("€376.74");
        mvc.perform(get("/quotes/" + id + "/pdf").param("revision", "1").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
    }

    @Test
    void aQuoteTheCallerMayNotSeeIsNotFound() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser anna = acme.rep("Anna");
        RelanceUser bob = acme.rep("Bob");
        String bobs = quote(bob, party(bob, "Bob's client"));
        RelanceUser stranger = workspaces.create("Globex").admin();

        for (RelanceUser outsider : new RelanceUser[] {anna, stranger}) {
            mvc.perform(get("/api/v1/quotes/" + bobs + "/pdf").with(user(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/quotes/" + bobs + "/pdf").with(user(outsider))).andExpect(status().isNotFound());
            mvc.perform(get("/quotes/" + bobs + "/document").with(user(outsider)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/quotes/" + bobs + "/pdf").with(user(bob))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/quotes/" + bobs + "/pdf")
                        .param("revision", "7")
                        .with(user(bob)))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePreviewShowsTheDocumentAndTheQuotePageLinksToIt() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();
        String id = quote(admin, party(admin, "Dupont <b>&</b>"));

        String page = pageAs(admin, "/quotes/" + id);
        assertThat(page).contains("/quotes/" + id + "/pdf", "/quotes/" + id + "/document");
        String preview = pageAs(admin, "/quotes/" + id + "/document");
        assertThat(preview)
                .contains("class=\"quote-document\"", "/css/quote-document.css", "€376.74", "Download PDF")
                .contains("Dupont &lt;b&gt;&amp;&lt;/b&gt;")
                .doesNotContain("Dupont <b>");
        assertThat(JsonPath.<String>read(body(send(admin, get("/api/v1/quotes/" + id), "")), "$.id"))
                .isEqualTo(id);
    }
}
