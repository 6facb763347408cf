package io.relance.messaging.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.history.HistoryEvent;
import io.relance.history.Target;
import io.relance.messaging.ReceivedMail;
import io.relance.messaging.Smtp;
import io.relance.messaging.outbox.MailEntryTypes;
import io.relance.party.ThirdPartyId;
import io.relance.quote.QuoteAccepted;
import io.relance.quote.QuoteEntryTypes;
import io.relance.quote.QuoteId;
import io.relance.shared.PageRequest;
import io.relance.shared.pdf.PdfTexts;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A quote accepted on its public page (GreenMail as the SMTP server): the client gets a confirmation in the quote's
 * language (French) at the address the quote was sent to, the owner a notice in his language (English), each with
 * the accepted PDF (a real PDF with the number and the signer); once, whatever the double clicks and the event's
 * retries; both on the timelines.
 */
class AcceptedQuoteMailsIntegrationTests extends QuoteMailTest {

    @Autowired
    AcceptedQuoteMails mails;

    @Autowired
    JdbcClient jdbc;

    String number;
    String token;

    @BeforeEach
    void sentToAnotherAddressOfTheClient() throws Exception {
        String sent = body(send(
                        rep,
                        post("/api/v1/quotes/" + quote + "/send"),
                        "{\"to\": \"claire.travaux@lambert.test\", \"attachPdf\": false}")
                .andExpect(status().isOk()));
        number = JsonPath.read(sent, "$.number");
        String publicUrl = JsonPath.read(sent, "$.publicUrl");
        token = publicUrl.substring(publicUrl.indexOf("/q/") + 3);
        assertThat(delivery.run(acme.id())).isEqualTo(1);
        Smtp.purge();
    }

    /** The subjects of the e-mails sent shown on this record's timeline. */
    List<String> mailsOn(Target target) {
        return history
                .timeline(acme.id().value(), target, Set.of(MailEntryTypes.SENT), PageRequest.of(50, null))
                .items()
                .stream()
                .map(HistoryEvent::summary)
                .toList();
    }

    int acceptanceMailsQueued() {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM mail_outbox WHERE workspace_id = ? AND target_id = ?
                          AND subject LIKE ?""")
                .params(acme.id().value(), UUID.fromString(quote), "%" + number + "%accept%")
                .query(Integer.class)
                .single();
    }

    /** Delivers what the listener queued until both e-mails arrived. */
    void bothDelivered() {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            delivery.run(acme.id());
            return Smtp.received().size() >= 2;
        });
    }

    static String pdfOf(ReceivedMail mail) throws Exception {
        assertThat(mail.attachments()).hasSize(1);
        Map.Entry<String, byte[]> pdf = mail.attachments().entrySet().iterator().next();
        assertThat(pdf.getKey()).endsWith(".pdf");
        assertThat(new String(pdf.getValue(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        return PdfTexts.text(pdf.getValue());
    }

    @Test
    void bothSidesGetTheAcceptedPdfOnceInTheirLanguageWhateverTheDoubleClicksAndRetries() throws Exception {
        for (int click = 0; click < 2; click++) {
            mvc.perform(post("/q/" + token + "/accept")
                            .param("name", "Anne Lambert")
                            .param("consent", "yes")
                            .header("User-Agent", "Mozilla/5.0 Firefox/133.0"))
                    .andExpect(redirectedUrl("/q/" + token + "?done=accepted"));
        }
        mvc.perform(post("/q/" + token + "/accept")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Anne Lambert\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        bothDelivered();

        List<MimeMessage> toClient = receivedBy("claire.travaux@lambert.test");
        assertThat(toClient).as("the address the quote was sent to").hasSize(1);
        ReceivedMail client = ReceivedMail.of(toClient.get(0));
        assertThat(client.message().getSubject()).isEqualTo("Devis " + number + " accepté : merci");
        assertThat(client.text())
                .startsWith("Bonjour Claire Lambert,")
                .contains("accepté en ligne par Anne Lambert le ")
                .contains("376,74")
                .contains("/q/" + token)
                .endsWith("Rita Rep");
        assertThat(client.message().getReplyTo()[0].toString()).isEqualTo(rep.email());
        String clientPdf = pdfOf(client);
        assertThat(clientPdf).contains(number).contains("Anne Lambert");

        List<MimeMessage> toOwner = receivedBy(rep.email());
        assertThat(toOwner).hasSize(1);
        ReceivedMail owner = ReceivedMail.of(toOwner.get(0));
        assertThat(owner.message().getSubject()).isEqualTo("Quote " + number + " accepted by Claire Lambert");
        assertThat(owner.text())
                .startsWith("Hello Rita Rep,")
                .contains("Anne Lambert accepted quote " + number)
                .contains("/quotes/" + quote);
        assertThat(pdfOf(owner)).contains(number).contains("Anne Lambert");

        // the event delivered again (a retry, a republication after a restart): nothing more is queued
        mails.on(new QuoteAccepted(
                acme.id(),
                new QuoteId(UUID.fromString(quote)),
                new ThirdPartyId(UUID.fromString(party)),
                number,
                1,
                "Anne Lambert",
                Instant.now()));
        assertThat(acceptanceMailsQueued()).isEqualTo(2);
        assertThat(delivery.run(acme.id())).isZero();
        assertThat(Smtp.received()).hasSize(2);

        List<String> onQuote = mailsOn(QuoteEntryTypes.target(UUID.fromString(quote)));
        List<String> onParty = mailsOn(Target.thirdParty(UUID.fromString(party)));
        assertThat(onQuote)
                .contains("Devis " + number + " accepté : merci", "Quote " + number + " accepted by Claire Lambert");
        assertThat(onParty)
                .as("the client's confirmation shows on the client's record, the owner's notice does not")
                .contains("Devis " + number + " accepté : merci")
                .doesNotContain("Quote " + number + " accepted by Claire Lambert");
    }

    @Test
    void aClientWithoutAnyAddressGetsNoMailTheOwnerDoesAndTheTimelineSaysWhy() throws Exception {
        String noMail = thirdParties.of(rep).named("Famille Sans Courriel").createId();
        String other = draft(noMail, null, null);
        as(rep, post("/quotes/" + other + "/share-link")).andExpect(status().is3xxRedirection());
        String url = JsonPath.read(body(as(rep, get("/api/v1/quotes/" + other))), "$.publicUrl");
        mvc.perform(post(url.substring(url.indexOf("/q/")) + "/accept")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Paul Sans Courriel\"}"))
                .andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            delivery.run(acme.id());
            return !Smtp.received().isEmpty();
        });
        assertThat(Smtp.received()).hasSize(1);
        assertThat(receivedBy(rep.email())).hasSize(1);
        String page = body(as(rep, get("/quotes/" + other)).andExpect(status().isOk()));
        assertThat(page)
                .contains("E-mail not sent")
                .contains("The confirmation of the acceptance to the client")
                .contains("There is no e-mail address to send it to.");
    }
}
