package io.relance.messaging.activity;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.messaging.MailTest;
import io.relance.messaging.ReceivedMail;
import io.relance.messaging.Smtp;
import io.relance.messaging.outbox.OutboxDelivery;
import io.relance.party.ThirdPartyFixture;
import io.relance.quote.QuoteId;
import io.relance.quote.QuoteSending;
import io.relance.shared.AdjustableClock;
import io.relance.shared.RelanceUser;
import io.relance.shared.WorkspaceId;
import io.relance.tracking.Engagements;
import io.relance.tracking.IssuedLink;
import io.relance.tracking.TrackedLinks;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the quote activity e-mail tests share: sent quotes with their links, counted opens by a "client" through the
 * public page and its events endpoint, the outbox delivered to GreenMail, the e-mails one address received.
 */
abstract class QuoteActivityMailTest extends MailTest {

    static final String LINES = """
            [{"description": "Tiles", "quantity": 3, "unit": "m²", "unitPrice": 100.00, "discountPercent": 10,
              "taxRate": 20}]""";

    @Autowired
    ThirdPartyFixture thirdParties;

    @Autowired
    QuoteSending sending;

    @Autowired
    TrackedLinks links;

    @Autowired
    Engagements engagements;

    @Autowired
    OutboxDelivery delivery;

    @Autowired
    AdjustableClock clock;

    @Autowired
    JdbcClient jdbc;

    /** A quote of a new third party of this owner, sent, with its link: its id and token. */
    record SentQuote(RelanceUser owner, String id, String party, String token) {

        QuoteId quoteId() {
            return new QuoteId(UUID.fromString(id));
        }
    }

    SentQuote sentQuote(RelanceUser owner, String partyName) throws Exception {
        return sentQuote(owner, partyName, null);
    }

    /** As {@link #sentQuote(RelanceUser, String)}, valid until that day ({@code 2026-12-31}; null: the default). */
    SentQuote sentQuote(RelanceUser owner, String partyName, String validUntil) throws Exception {
        String party = thirdParties.of(owner).named(partyName).createId();
        String validity = validUntil == null ? "" : ", \"validUntil\": \"" + validUntil + "\"";
        String id = JsonPath.read(
                body(send(
                                owner,
                                post("/api/v1/quotes"),
                                "{\"thirdpartyId\": \"" + party + "\"" + validity + ", \"lines\": " + LINES + "}")
                        .andExpect(status().isCreated())),
                "$.id");
        sending.markSent(owner, new QuoteId(UUID.fromString(id)));
        IssuedLink link = links.issue(owner.workspaceId(), QuoteId.SUBJECT, UUID.fromString(id));
        return new SentQuote(owner, id, party, link.token());
    }

    String number(SentQuote quote) throws Exception {
        return JsonPath.read(body(send(quote.owner(), get("/api/v1/quotes/" + quote.id()), "")), "$.number");
    }

    /** A person reads the page on this device (an interaction: a counted open); waits until it is counted. */
    void openedOn(SentQuote quote, String device) throws Exception {
        int before = opens(quote);
        String page = body(mvc.perform(get("/q/" + quote.token()).header("User-Agent", "Mozilla/5.0 Firefox/133.0"))
                .andExpect(status().isOk()));
        String visit = page.replaceAll("(?s).*data-tracking-visit=\"([0-9a-f-]{36})\".*", "$1");
        mvc.perform(post("/q/" + quote.token() + "/events")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"visitId\": \"" + visit + "\", \"device\": \"" + device
                                + "\", \"type\": \"interaction\", \"visibleMs\": 0, \"webdriver\": false}"))
                .andExpect(status().isNoContent());
        await().atMost(Duration.ofSeconds(20)).until(() -> opens(quote) == before + 1);
    }

    int opens(SentQuote quote) {
        return engagements
                .of(quote.owner().workspaceId(), QuoteId.SUBJECT, UUID.fromString(quote.id()))
                .opens();
    }

    /** How many times the first-open listener has finished with an event of this quote (after its commit). */
    int firstOpenReactions(SentQuote quote) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE '%FirstOpenMail%'
                        AND serialized_event LIKE ? AND completion_date IS NOT NULL""").param("%" + quote.id() + "%").query(Integer.class).single();
    }

    /** Delivers the workspace's outbox (the job's work; jobs are off in tests). */
    void deliver(WorkspaceId ws) {
        delivery.run(ws);
    }

    List<ReceivedMail> receivedBy(String address) {
        return Smtp.receivedBy(address).stream().map(ReceivedMail::of).toList();
    }

    static String subject(ReceivedMail mail) {
        try {
            return mail.message().getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
