package io.relance.messaging.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.history.HistoryEvent;
import io.relance.history.Target;
import io.relance.messaging.ReceivedMail;
import io.relance.messaging.outbox.MailEntryTypes;
import io.relance.quote.QuoteEntryTypes;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Sending a quote (GreenMail as the SMTP server): the Send page shows the quote.send template in the quote's language
 * with its values and link; sending marks the quote sent and queues the e-mail with the link and the PDF, which
 * arrives once and shows on the quote's and the third party's timelines; the API does the same (an Idempotency-Key
 * sends once); a rep who may not see the quote and another workspace get 404; a cancelled quote is 409.
 */
class QuoteSendingIntegrationTests extends QuoteMailTest {

    List<String> kinds(Target target) {
        return history
                .timeline(
                        acme.id().value(),
                        target,
                        Set.of(MailEntryTypes.SENT, QuoteEntryTypes.SENT),
                        PageRequest.of(50, null))
                .items()
                .stream()
                .map(HistoryEvent::kind)
                .toList();
    }

    @Test
    void theSendPageShowsTheTemplateInTheQuotesLanguageThenSendsTheQuoteWithItsLinkAndPdf() throws Exception {
        String page = body(as(rep, get("/quotes/" + quote + "/send"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("claire@lambert.test")))
                .andExpect(content().string(containsString("Bonjour Claire Lambert,")))
                .andExpect(content().string(containsString("376,74")))
                .andExpect(content().string(containsString("31 décembre 2026"))));
        java.util.regex.Matcher found = java.util.regex.Pattern.compile("http://localhost/q/[A-Za-z0-9_-]+")
                .matcher(page);
        assertThat(found.find()).isTrue();
        String link = found.group();
        as(rep, get("/quotes/" + quote)).andExpect(content().string(containsString("/quotes/" + quote + "/send")));

        as(
                        rep,
                        post("/quotes/" + quote + "/send")
                                .param("to", "claire@lambert.test")
                                .param("subject", "Votre devis")
                                .param("message", "Bonjour Claire,\n\nLe devis : " + link + "\n\nRita")
                                .param("attachPdf", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/quotes/" + quote));
        as(rep, get("/api/v1/quotes/" + quote)).andExpect(jsonPath("$.status").value("SENT"));
        assertThat(receivedBy("claire@lambert.test")).isEmpty(); // queued: the job sends it

        assertThat(delivery.run(acme.id())).isEqualTo(1);
        List<MimeMessage> received = receivedBy("claire@lambert.test");
        assertThat(received).hasSize(1);
        ReceivedMail mail = ReceivedMail.of(received.get(0));
        assertThat(mail.message().getSubject()).isEqualTo("Votre devis");
        assertThat(mail.text()).contains(link);
        assertThat(mail.html()).contains("<a href=\"" + link + "\">");
        assertThat(mail.attachments()).hasSize(1);
        String pdfName = mail.attachments().keySet().iterator().next();
        assertThat(pdfName).endsWith(".pdf");
        assertThat(new String(mail.attachments().get(pdfName), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");

        Target quoteTarget = QuoteEntryTypes.target(UUID.fromString(quote));
        assertThat(kinds(quoteTarget)).contains(MailEntryTypes.SENT, QuoteEntryTypes.SENT);
        assertThat(kinds(Target.thirdParty(UUID.fromString(party))))
                .contains(MailEntryTypes.SENT, QuoteEntryTypes.SENT);
    }

    @Test
    void theApiSendsToTheContactByDefaultWithTheTemplateOnceForAnIdempotencyKey() throws Exception {
        String url = "/api/v1/quotes/" + quote + "/send";
        String answer = body(send(rep, post(url).header("Idempotency-Key", "send-1"), "{\"attachPdf\": false}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SENT"))
                .andExpect(jsonPath("$.number").value(startsWith("QU")))
                .andExpect(jsonPath("$.publicUrl").value(containsString("/q/")))
                .andExpect(jsonPath("$.totalGross").value(376.74))
                .andExpect(jsonPath("$.version").isNumber())
                .andExpect(jsonPath("$.lines.length()").value(2))
                .andExpect(jsonPath("$.mailId").isString()));
        send(rep, post(url).header("Idempotency-Key", "send-1"), "{\"attachPdf\": false}")
                .andExpect(status().isOk());
        String publicUrl = JsonPath.read(answer, "$.publicUrl");
        // the quote JSON of GET /api/v1/quotes/{id}, exactly, plus the queued e-mail's id
        Map<String, Object> sent = new LinkedHashMap<>(JsonPath.read(answer, "$"));
        assertThat(sent.remove("mailId")).isNotNull();
        Map<String, Object> got = JsonPath.read(body(as(rep, get("/api/v1/quotes/" + quote))), "$");
        assertThat(sent).isEqualTo(got);
        assertThat(got.get("publicUrl")).isEqualTo(publicUrl);

        assertThat(delivery.run(acme.id())).isEqualTo(1);
        List<MimeMessage> received = receivedBy("claire@lambert.test");
        assertThat(received).hasSize(1);
        ReceivedMail mail = ReceivedMail.of(received.get(0));
        assertThat(mail.message().getSubject()).startsWith("Devis QU").contains("Rénovations Lambert");
        assertThat(mail.text())
                .startsWith("Bonjour Claire Lambert,")
                .contains(publicUrl)
                .endsWith("Rita Rep");
        assertThat(mail.attachments()).isEmpty();
    }

    @Test
    void badInputAnotherWorkspaceAndQuotesOutOfReachAreRefusedAndNothingIsSent() throws Exception {
        String url = "/api/v1/quotes/" + quote + "/send";
        send(rep, post(url), "{\"to\": \"not an address\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        as(rep, get("/api/v1/quotes/" + quote)).andExpect(jsonPath("$.status").value("DRAFT"));
        send(workspaces.create("Other").admin(), post(url), "{}").andExpect(status().isNotFound());
        RelanceUser another = acme.rep("Another Rep");
        send(another, post(url), "{}").andExpect(status().isNotFound());
        as(another, get("/quotes/" + quote + "/send")).andExpect(status().isNotFound());
        send(rep, post("/api/v1/quotes/" + UUID.randomUUID() + "/send"), "{}").andExpect(status().isNotFound());

        Integer version = JsonPath.read(body(as(rep, get("/api/v1/quotes/" + quote))), "$.version");
        send(rep, post("/api/v1/quotes/" + quote + "/cancel"), "{\"version\": " + version + "}")
                .andExpect(status().isOk());
        send(rep, post(url), "{}").andExpect(status().isConflict());
        assertThat(delivery.run(acme.id())).isZero();
    }

    @Test
    void copyingTheLinkMarksTheQuoteSentWithoutAnyEmail() throws Exception {
        as(rep, post("/quotes/" + quote + "/share-link"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/quotes/" + quote + "/send"));
        as(rep, get("/api/v1/quotes/" + quote)).andExpect(jsonPath("$.status").value("SENT"));
        assertThat(delivery.run(acme.id())).isZero();
    }
}
