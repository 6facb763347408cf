package io.relance.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.history.HistoryManagement;
import io.relance.history.Target;
import io.relance.party.ThirdPartyId;
import io.relance.party.trash.TrashPurge;
import io.relance.quote.expiry.QuoteExpiry;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A quote's life with the rest of Relance: its events on both timelines, acceptance making a customer, expiry by
 * the job as the clock moves, and its third party merged or purged.
 */
class QuoteLifecycleIntegrationTests extends QuoteTest {

    @Autowired
    QuoteAcceptance acceptance;

    @Autowired
    QuoteExpiry expiry;

    @Autowired
    TrashPurge purge;

    @Autowired
    HistoryManagement history;

    static final Acceptance SIGNED = new Acceptance("Jean Dupont", "192.0.2.7", "Firefox", null, "I accept");

    QuoteId id(String id) {
        return new QuoteId(UUID.fromString(id));
    }

    @Test
    void everyQuoteEventShowsOnTheQuotesTimelineAndOnItsThirdPartys() throws Exception {
        var acme = workspaces.create("Acme");
        String tp = party(acme.admin(), "Dupont");
        String id = quote(acme.admin(), tp);
        markSent(acme.admin(), id);
        send(
                        acme.admin(),
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch(
                                "/api/v1/quotes/" + id),
                        "{\"version\": 1, \"introduction\": \"Revised\"}")
                .andExpect(status().isOk());
        acceptance.accept(acme.id(), id(id), SIGNED);

        var kinds = history
                .timeline(
                        acme.id().value(),
                        QuoteEntryTypes.target(id(id)),
                        Set.of(
                                QuoteEntryTypes.CREATED,
                                QuoteEntryTypes.SENT,
                                QuoteEntryTypes.REVISED,
                                QuoteEntryTypes.ACCEPTED),
                        PageRequest.of(50, null))
                .items()
                .stream()
                .map(e -> e.kind())
                .toList();
        assertThat(kinds).containsExactlyInAnyOrder("quote.created", "quote.sent", "quote.revised", "quote.accepted");
        send(acme.admin(), get("/api/v1/thirdparties/" + tp + "/history"), "")
                .andExpect(jsonPath("$.items[*].kind", hasItem("quote.accepted")))
                .andExpect(jsonPath("$.items[*].kind", hasItem("quote.revised")))
                .andExpect(jsonPath("$.items[*].kind", hasItem("quote.created")));
    }

    @Test
    void acceptingMakesTheProspectACustomerOnItsTimelineAndTwiceAcceptsOnce() throws Exception {
        var acme = workspaces.create("Acme");
        String tp = party(acme.admin(), "Dupont");
        String id = quote(acme.admin(), tp);
        markSent(acme.admin(), id);

        QuoteSummary accepted = acceptance.accept(acme.id(), id(id), SIGNED);
        QuoteSummary again = acceptance.accept(acme.id(), id(id), SIGNED);

        assertThat(accepted.status()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(again.status()).isEqualTo(QuoteStatus.ACCEPTED);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> send(acme.admin(), get("/api/v1/thirdparties/" + tp), "")
                        .andExpect(jsonPath("$.customer").value(true))
                        .andExpect(jsonPath("$.prospect").value(false)));
        send(acme.admin(), get("/api/v1/thirdparties/" + tp + "/history"), "")
                .andExpect(jsonPath("$.items[?(@.kind == 'party.became-customer')]", hasSize(1)))
                .andExpect(jsonPath("$.items[?(@.kind == 'quote.accepted')]", hasSize(1)));
        assertThat(jdbc.sql("SELECT accepted_name, accepted_ip FROM quotes WHERE workspace_id = ? AND id = ?")
                        .params(acme.id().value(), UUID.fromString(id))
                        .query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
                        .single())
                .isEqualTo("Jean Dupont 192.0.2.7");
    }

    @Test
    void theJobExpiresSentQuotesTheDayAfterTheirValidityAndAcceptingThenIs409() throws Exception {
        var acme = workspaces.create("Acme");
        String tp = party(acme.admin(), "Dupont");
        String sent = quote(acme.admin(), tp);
        String draft = quote(acme.admin(), tp);
        markSent(acme.admin(), sent);

        clock.setTo(Instant.now().plus(Duration.ofDays(30)));
        expiry.run();
        send(acme.admin(), get("/api/v1/quotes/" + sent), "")
                .andExpect(jsonPath("$.status").value("SENT"));

        clock.setTo(Instant.now().plus(Duration.ofDays(32)));
        assertThat(expiry.run()).isGreaterThanOrEqualTo(1);
        send(acme.admin(), get("/api/v1/quotes/" + sent), "")
                .andExpect(jsonPath("$.status").value("EXPIRED"));
        send(acme.admin(), get("/api/v1/quotes/" + draft), "")
                .andExpect(jsonPath("$.status").value("DRAFT"));
        send(acme.admin(), get("/api/v1/thirdparties/" + tp + "/history"), "")
                .andExpect(jsonPath("$.items[*].kind", hasItem("quote.expired")));
        assertThatThrownBy(() -> acceptance.accept(acme.id(), id(sent), SIGNED))
                .isInstanceOf(QuoteTransitionRefused.class);
    }

    @Test
    void aMergeMovesTheDuplicatesQuotesToTheSurvivorWithTheirTimeline() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();
        String survivor = party(admin, "Dupont SARL");
        String duplicate = party(admin, "Dupont");
        String id = quote(admin, duplicate);

        send(admin, post("/api/v1/thirdparties/" + survivor + "/merge"), "{\"duplicateId\": \"" + duplicate + "\"}")
                .andExpect(status().isOk());

        send(admin, get("/api/v1/quotes/" + id), "")
                .andExpect(jsonPath("$.thirdpartyId").value(survivor));
        send(admin, get("/api/v1/quotes?thirdpartyId=" + survivor), "")
                .andExpect(jsonPath("$.items[*].id").value(containsInAnyOrder(id)));
        send(admin, get("/api/v1/thirdparties/" + survivor + "/history"), "")
                .andExpect(jsonPath("$.items[*].kind", hasItem("quote.created")));
    }

    @Test
    void aPurgedThirdPartysQuotesAreErasedWithTheirLinesRevisionsAndTimeline() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();
        String tp = party(admin, "Gone");
        String kept = quote(admin, party(admin, "Stays"));
        String id = quote(admin, tp);
        markSent(admin, id);
        send(
                        admin,
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch(
                                "/api/v1/quotes/" + id),
                        "{\"version\": 1, \"terms\": \"new\"}")
                .andExpect(status().isOk());
        management.delete(admin, new ThirdPartyId(UUID.fromString(tp)));

        clock.setTo(Instant.now().plus(Duration.ofDays(31)));
        purge.run();

        for (String table : new String[] {"quotes", "quote_lines", "quote_revisions"}) {
            String column = table.equals("quotes") ? "id" : "quote_id";
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE workspace_id = ? AND " + column + " = ?")
                            .params(acme.id().value(), UUID.fromString(id))
                            .query(Long.class)
                            .single())
                    .as(table)
                    .isZero();
        }
        assertThat(history.timeline(
                                acme.id().value(),
                                new Target(QuoteEntryTypes.TARGET, UUID.fromString(id)),
                                Set.of(QuoteEntryTypes.CREATED, QuoteEntryTypes.SENT, QuoteEntryTypes.REVISED),
                                PageRequest.of(10, null))
                        .items())
                .isEmpty();
        send(admin, get("/api/v1/quotes/" + kept), "").andExpect(status().isOk());
    }
}
