package io.relance.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.shared.RelanceUser;
import io.relance.tracking.IssuedLink;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A quote's engagement (from the tracking module's real counting) in the list, on the quote, on its third party's
 * panel and in the API; its advice appearing as the clock moves, on the quote, the panel and the owner's My day,
 * and ending with the quote.
 */
class QuoteEngagementIntegrationTests extends QuoteTest {

    @Test
    void anOpenedQuoteShowsItsEngagementInTheListTheApiAndOnItsPages() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser rep = acme.rep("Anna");
        String tp = party(rep, "Famille Lambert");
        String opened = quote(rep, tp);
        String quiet = quote(rep, tp);
        markSent(rep, opened);
        markSent(rep, quiet);

        clientOpens(acme.id(), opened);

        send(rep, get("/api/v1/quotes?sort=-engagementScore"), "")
                .andExpect(jsonPath("$.items[0].id").value(opened))
                .andExpect(jsonPath("$.items[0].opens").value(1))
                .andExpect(jsonPath("$.items[0].engagementScore").value(greaterThan(0)))
                .andExpect(jsonPath("$.items[1].engagementScore").value(nullValue()));
        send(rep, get("/api/v1/quotes?engagementMin=1"), "")
                .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.contains(opened)));
        send(rep, get("/api/v1/quotes?engagementMin=101"), "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("engagementMin"));
        send(rep, get("/api/v1/quotes/" + opened + "/engagement"), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.opens").value(1))
                .andExpect(jsonPath("$.distinctVisitors").value(1))
                .andExpect(jsonPath("$.visibleSeconds").value(4))
                .andExpect(jsonPath("$.days", hasSize(1)))
                .andExpect(jsonPath("$.score").value(greaterThan(0)));
        assertThat(body(as(rep, get("/quotes")))).contains("opened 1×", "not opened");
        assertThat(body(as(rep, get("/quotes/" + opened)))).contains("id=\"quote-engagement\"", "1 open by 1 device");
        as(rep, get("/thirdparties/" + tp)).andExpect(content().string(containsString("Score ")));
    }

    @Test
    void adviceAppearsAsTheClockMovesOnTheQuoteAndThePanelAndEndsWithTheQuote() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser rep = acme.rep("Anna");
        String tp = party(rep, "Famille Lambert");
        String id = quote(rep, tp);
        markSent(rep, id);

        send(rep, get("/api/v1/quotes/" + id + "/engagement"), "")
                .andExpect(jsonPath("$.advice").value(nullValue()));
        clock.setTo(Instant.now().plus(Duration.ofDays(4)));
        send(rep, get("/api/v1/quotes/" + id + "/engagement"), "")
                .andExpect(jsonPath("$.advice.code").value("NOT_OPENED"))
                .andExpect(jsonPath("$.advice.message").value(containsString("make sure they received it")));
        as(rep, get("/quotes/" + id)).andExpect(content().string(containsString("id=\"quote-advice-now\"")));
        as(rep, get("/thirdparties/" + tp)).andExpect(content().string(containsString("make sure they received it")));

        send(rep, post("/api/v1/quotes/" + id + "/cancel"), "{}").andExpect(status().isOk());
        send(rep, get("/api/v1/quotes/" + id + "/engagement"), "")
                .andExpect(jsonPath("$.advice").value(nullValue()));
    }

    @Test
    void aQuestionOnThePublicPageIsAnAnswerSoNoCallAfterSilenceUntilTheClientOpensAgainAndFallsSilent()
            throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser rep = acme.rep("Anna");
        String id = quote(rep, party(rep, "Famille Lambert"));
        markSent(rep, id);
        String engagement = "/api/v1/quotes/" + id + "/engagement";
        clientOpens(acme.id(), id, 1);
        clock.setTo(clock.instant().plus(Duration.ofHours(2)));
        IssuedLink link = links.issue(acme.id(), QuoteId.SUBJECT, UUID.fromString(id));
        mvc.perform(form(post("/q/" + link.token() + "/question"), "question=Could you start in March?"))
                .andExpect(status().is3xxRedirection());

        clock.setTo(clock.instant().plus(Duration.ofDays(4)));
        send(rep, get(engagement), "")
                .andExpect(jsonPath("$.opens").value(1))
                .andExpect(jsonPath("$.advice").value(nullValue()));

        clientOpens(acme.id(), id, 2);
        clock.setTo(clock.instant().plus(Duration.ofDays(2)));
        send(rep, get(engagement), "").andExpect(jsonPath("$.advice").value(nullValue()));
        clock.setTo(clock.instant().plus(Duration.ofDays(1)));
        send(rep, get(engagement), "")
                .andExpect(jsonPath("$.opens").value(2))
                .andExpect(jsonPath("$.advice.code").value("CALL_AFTER_SILENCE"));
    }

    @Test
    void theEngagementOfAQuoteIsOutOfReachForOtherWorkspacesAndOtherReps() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser bob = acme.rep("Bob");
        String id = quote(bob, party(bob, "Bob's client"));

        send(acme.rep("Anna"), get("/api/v1/quotes/" + id + "/engagement"), "").andExpect(status().isNotFound());
        send(workspaces.create("Globex").admin(), get("/api/v1/quotes/" + id + "/engagement"), "")
                .andExpect(status().isNotFound());
        send(bob, get("/api/v1/quotes/" + id + "/engagement"), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.opens").value(0));
        assertThat(id).isNotBlank();
    }
}
