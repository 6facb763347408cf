package io.relance.quote.publicpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.notification.Notifications;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.quote.QuoteId;
import io.relance.quote.QuoteLookup;
import io.relance.quote.QuoteStatus;
import io.relance.quote.QuoteTest;
import io.relance.shared.RelanceUser;
import io.relance.shared.WorkspaceId;
import io.relance.tracking.IssuedLink;
import io.relance.workspace.WorkspaceFixture.TestWorkspace;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** The client's page of a quote through MockMvc: reading, the hit it records, answering, abuse. */
class PublicQuotePageIntegrationTests extends QuoteTest {

    @Autowired
    QuoteLookup lookup;

    @Autowired
    ThirdPartyLookup parties;

    @Autowired
    Notifications notifications;

    TestWorkspace ws;
    RelanceUser rep;
    String thirdParty;
    String quote;
    IssuedLink link;

    @BeforeEach
    void sentQuote() throws Exception {
        ws = workspaces.create("Public");
        rep = ws.rep("Paul Rep");
        thirdParty = party(rep, "Famille Lambert");
        quote = quote(rep, thirdParty);
        markSent(rep, quote);
        link = links.issue(ws.id(), "quote", UUID.fromString(quote));
    }

    /** The status of the latest visit, once the buffered writer has written it (the page's hit is written soon). */
    String visitStatusOfLatest() {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> jdbc.sql("""
                                        SELECT status FROM tracking_visits WHERE workspace_id = ? AND subject_id = ?
                                        ORDER BY started_at DESC LIMIT 1""")
                                .params(ws.id().value(), UUID.fromString(quote))
                                .query(String.class)
                                .optional(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    @Test
    void theClientReadsTheQuoteWithoutSigningInAndWithoutACookieAndItIsOnlyAHit() throws Exception {
        String page = body(mvc.perform(get("/q/" + link.token()).header("User-Agent", "Mozilla/5.0 Firefox/133.0"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(header().string("Referrer-Policy", "no-referrer")));
        String number = lookup.quote(ws.id(), new QuoteId(UUID.fromString(quote)))
                .orElseThrow()
                .number();
        assertThat(page)
                .contains(number)
                .contains("376.74")
                .contains("data-tracking-visit=")
                .contains("/js/tracking.js");
        assertThat(page).contains("id=\"accept-form\"");
        assertThat(visitStatusOfLatest()).isEqualTo("PENDING");
    }

    @Test
    void theSenderLookingAtHisOwnLinkIsInternal() throws Exception {
        mvc.perform(get("/q/" + link.token()).with(user(rep)).header("User-Agent", "Mozilla/5.0 Firefox/133.0"))
                .andExpect(status().isOk());
        assertThat(visitStatusOfLatest()).isEqualTo("INTERNAL");
    }

    @Test
    void anUnknownForgedOrRevokedLinkIsTheSamePlain404() throws Exception {
        String unknown = body(mvc.perform(get("/q/unknown")).andExpect(status().isNotFound()));
        String forged = link.token().substring(0, 40) + "AAAAAAAAAAAAAA";
        assertThat(body(mvc.perform(get("/q/" + forged)).andExpect(status().isNotFound())))
                .isEqualTo(unknown);
        links.revoke(ws.id(), "quote", UUID.fromString(quote));
        assertThat(body(mvc.perform(get("/q/" + link.token())).andExpect(status().isNotFound())))
                .isEqualTo(unknown);
        mvc.perform(post("/q/" + link.token() + "/accept")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"X\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aQuestionReachesTheOwnerAndTheTimelines() throws Exception {
        mvc.perform(form(post("/q/" + link.token() + "/question"), "question=<b>When</b> can you start?"))
                .andExpect(redirectedUrl("/q/" + link.token() + "?done=asked"));
        assertThat(notifications.unread(rep)).isEqualTo(1);
        String timeline = pageAs(rep, "/quotes/" + quote);
        assertThat(timeline).contains("&lt;b&gt;When&lt;/b&gt; can you start?");
        mvc.perform(form(post("/q/" + link.token() + "/question"), "question= "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("is-invalid")));
    }

    @Test
    void acceptingTwiceAcceptsOnceAndMakesTheProspectACustomer() throws Exception {
        mvc.perform(form(post("/q/" + link.token() + "/accept"), "name=")).andExpect(status().isBadRequest());
        mvc.perform(post("/q/" + link.token() + "/accept")
                        .param("name", "Anne Lambert")
                        .param("consent", "yes")
                        .header("User-Agent", "Mozilla/5.0 Firefox/133.0"))
                .andExpect(redirectedUrl("/q/" + link.token() + "?done=accepted"));
        mvc.perform(form(post("/q/" + link.token() + "/accept"), "name=Anne Lambert", "consent=yes"))
                .andExpect(redirectedUrl("/q/" + link.token() + "?done=accepted"));
        assertThat(lookup.quote(ws.id(), new QuoteId(UUID.fromString(quote)))
                        .orElseThrow()
                        .status())
                .isEqualTo(QuoteStatus.ACCEPTED);
        WorkspaceId id = ws.id();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> parties.find(id, new ThirdPartyId(UUID.fromString(thirdParty)))
                        .orElseThrow()
                        .customer());
        String page = body(mvc.perform(get("/q/" + link.token())).andExpect(status().isOk()));
        assertThat(page).doesNotContain("id=\"accept-form\"").contains("Anne Lambert");
        mvc.perform(post("/q/" + link.token() + "/decline")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"PRICE\"}"))
                .andExpect(status().isConflict());
        // mail is not set up in this test: the acceptance stands, the timeline says the confirmations did not go
        await().atMost(Duration.ofSeconds(20))
                .until(() -> body(as(rep, get("/quotes/" + quote))).contains("Mail is not set up on this server."));
        assertThat(body(as(rep, get("/thirdparties/" + thirdParty))))
                .contains("The confirmation of the acceptance to the client")
                .contains("The notice of the acceptance to the quote&#39;s owner");
    }

    @Test
    void anExpiredQuoteShowsWithoutButtonsAndRefusesAnAcceptWith409() throws Exception {
        clock.advance(Duration.ofDays(40));
        String page = body(mvc.perform(get("/q/" + link.token())).andExpect(status().isOk()));
        assertThat(page).contains("id=\"quote-expired\"").doesNotContain("id=\"accept-form\"");
        mvc.perform(post("/q/" + link.token() + "/accept")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Anne Lambert\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value(409));
    }

    @Test
    void theJsonAnswersAreCheckedAndACrossSitePostIsRefused() throws Exception {
        mvc.perform(post("/q/" + link.token() + "/decline")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"BORED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/q/" + link.token() + "/accept")
                        .header("Sec-Fetch-Site", "cross-site")
                        .param("name", "Mallory")
                        .param("consent", "yes"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/q/" + link.token() + "/decline")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"PRICE\", \"comment\": \"Too dear\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECLINED"));
    }

    @Test
    void theFirstCountedOpenNotifiesTheOwnerAndShowsOnTheTimeline() throws Exception {
        String page = body(mvc.perform(get("/q/" + link.token()).header("User-Agent", "Mozilla/5.0 Firefox/133.0"))
                .andExpect(status().isOk()));
        String visit = page.replaceAll("(?s).*data-tracking-visit=\"([0-9a-f-]{36})\".*", "$1");
        mvc.perform(post("/q/" + link.token() + "/events")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"visitId\": \"" + visit
                                + "\", \"device\": \"client-phone\", \"type\": \"interaction\","
                                + " \"visibleMs\": 0, \"webdriver\": false}"))
                .andExpect(status().isNoContent());
        await().atMost(Duration.ofSeconds(20)).until(() -> notifications.unread(rep) == 1);
        String bell = body(as(rep, get("/notifications")));
        assertThat(bell).contains("Famille Lambert opened quote");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> body(as(rep, get("/quotes/" + quote))).contains("Quote opened by the client"));
    }

    @Test
    void thePdfIsThereForTheClient() throws Exception {
        mvc.perform(get("/q/" + link.token() + "/pdf"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
    }
}
