package io.relance.followup.lost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.followup.FollowUpRule;
import io.relance.followup.NegotiationTest;
import io.relance.followup.negotiation.NegotiationStatus;
import io.relance.followup.negotiation.Negotiations;
import io.relance.party.ProspectStatus;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.shared.RelanceUser;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code POST …/{id}/lose}: each reason's rule, what a loss does, and who may do it. */
class LoseApiIntegrationTests extends NegotiationTest {

    @Autowired
    Negotiations repository;

    @Autowired
    ThirdPartyLookup lookup;

    private String lose(ThirdPartyId id) {
        return "/api/v1/thirdparties/" + id + "/lose";
    }

    @Test
    void losingOnPriceEndsTheNegotiationMakesItContactedAndPlansACallAfterThePause() throws Exception {
        RelanceUser alice = workspaces.rep();
        on(MONDAY);
        ThirdPartyId lambert = negotiating(alice, ProspectStatus.IN_PROGRESS);

        send(alice, post(lose(lambert)), "{\"reason\": \"PRICE\", \"comment\": \"Too dear by 10 %\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reason").value("PRICE"))
                .andExpect(jsonPath("$.reasonLabel").value("Price"))
                .andExpect(jsonPath("$.comment").value("Too dear by 10 %"))
                .andExpect(jsonPath("$.negotiationId").isNotEmpty())
                .andExpect(jsonPath("$.lostBy").value(alice.userId().value().toString()));

        var ws = alice.workspaceId();
        assertThat(negotiations.openOf(ws, lambert)).isEmpty();
        assertThat(repository.of(ws, lambert)).singleElement().satisfies(n -> {
            assertThat(n.status()).isEqualTo(NegotiationStatus.LOST);
            assertThat(n.endedBy()).isEqualTo(alice.userId());
        });
        assertThat(lookup.find(ws, lambert).orElseThrow().status()).isEqualTo(ProspectStatus.CONTACTED);
        assertThat(openTasks(ws, lambert, FollowUpRule.CALL_AGAIN))
                .singleElement()
                .satisfies(t -> assertThat(t.dueDate()).isEqualTo(LocalDate.of(2027, 4, 5))); // 4 April: a Sunday
        assertThat(timeline(ws, lambert, "followup.lost")).singleElement().satisfies(e -> {
            assertThat(e.snapshot()).containsEntry("reason", "PRICE");
            assertThat(e.actorId()).isEqualTo(alice.userId().value());
        });
        send(alice, get("/api/v1/thirdparties/" + lambert + "/losses"), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].reason").value("PRICE"));
        send(alice, get("/api/v1/thirdparties/" + lambert + "/negotiations"), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].status").value("LOST"))
                .andExpect(jsonPath("$.items[0].limitDate").value("2027-04-04"));
    }

    @Test
    void aCompetitorIsNamedForCompetitorAndACommentGivenForOther() throws Exception {
        RelanceUser alice = workspaces.rep();
        ThirdPartyId lambert = negotiating(alice, ProspectStatus.IN_PROGRESS);

        sendRefused(alice, post(lose(lambert)), "{\"reason\": \"COMPETITOR\"}", "competitor");
        sendRefused(alice, post(lose(lambert)), "{\"reason\": \"COMPETITOR\", \"competitor\": \"  \"}", "competitor");
        sendRefused(alice, post(lose(lambert)), "{\"reason\": \"OTHER\", \"competitor\": \"Acme\"}", "comment");
        sendRefused(alice, post(lose(lambert)), "{}", "reason");
        sendRefused(alice, post(lose(lambert)), "{\"reason\": \"BORED\"}", "reason");
        sendRefused(alice, post(lose(lambert)), "{\"reason\": \"TIMED_OUT\"}", "reason");
        sendRefused(
                alice,
                post(lose(lambert)),
                "{\"reason\": \"PRICE\", \"comment\": \"" + "x".repeat(1001) + "\"}",
                "comment");
        assertThat(negotiations.openOf(alice.workspaceId(), lambert))
                .as("nothing half-written")
                .isPresent();

        send(alice, post(lose(lambert)), "{\"reason\": \"COMPETITOR\", \"competitor\": \" Cuisines Martin \"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.competitor").value("Cuisines Martin"));
        send(alice, get("/api/v1/lost-reasons/competitors"), "")
                .andExpect(jsonPath("$.items[0]").value("Cuisines Martin"));
    }

    @Test
    void eachOtherReasonNeedsNothingElseAndNamesNoCompetitor() throws Exception {
        RelanceUser alice = workspaces.rep();
        for (String reason : new String[] {"TIMING", "NOT_INTERESTED", "UNREACHABLE", "OTHER"}) {
            ThirdPartyId id = negotiating(alice, ProspectStatus.IN_PROGRESS);
            send(
                            alice,
                            post(lose(id)),
                            "{\"reason\": \"" + reason + "\", \"competitor\": \"Acme\", \"comment\": \"Moved\"}")
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.reason").value(reason))
                    .andExpect(jsonPath("$.competitor").doesNotExist());
        }
    }

    @Test
    void aCustomerLeavingForACompetitorIsRecordedWithoutANegotiation() throws Exception {
        RelanceUser alice = workspaces.rep();
        ThirdPartyId customer = thirdParties
                .of(alice)
                .named("Dupont SA")
                .with("prospect", false)
                .with("customer", true)
                .create()
                .thirdParty()
                .id();

        send(alice, post(lose(customer)), "{\"reason\": \"COMPETITOR\", \"competitor\": \"Acme\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.negotiationId").doesNotExist());

        assertThat(openTasks(alice.workspaceId(), customer, FollowUpRule.CALL_AGAIN))
                .hasSize(1);
    }

    @Test
    void aThirdPartyNotToBeContactedStaysSoAndGetsNoCall() throws Exception {
        RelanceUser alice = workspaces.rep();
        ThirdPartyId lambert = negotiating(alice, ProspectStatus.DO_NOT_CONTACT);

        send(alice, post(lose(lambert)), "{\"reason\": \"NOT_INTERESTED\"}").andExpect(status().isCreated());

        assertThat(lookup.find(alice.workspaceId(), lambert).orElseThrow().status())
                .isEqualTo(ProspectStatus.DO_NOT_CONTACT);
        assertThat(openTasks(alice.workspaceId(), lambert, FollowUpRule.CALL_AGAIN))
                .isEmpty();
    }

    @Test
    void anotherWorkspaceAndARepWhoDoesNotOwnItGetNotFound() throws Exception {
        var team = workspaces.team();
        ThirdPartyId lambert = negotiating(team.alice(), ProspectStatus.IN_PROGRESS);
        RelanceUser stranger = workspaces.create("Other").admin();
        String body = "{\"reason\": \"PRICE\"}";

        for (RelanceUser outsider : new RelanceUser[] {stranger, team.bob()}) {
            send(outsider, post(lose(lambert)), body).andExpect(status().isNotFound());
            send(outsider, get("/api/v1/thirdparties/" + lambert + "/losses"), "")
                    .andExpect(status().isNotFound());
            send(outsider, get("/api/v1/thirdparties/" + lambert + "/negotiations"), "")
                    .andExpect(status().isNotFound());
            as(outsider, get("/thirdparties/" + lambert + "/lose")).andExpect(status().isNotFound());
            as(outsider, post("/thirdparties/" + lambert + "/lose").param("reason", "PRICE"))
                    .andExpect(status().isNotFound());
        }
        send(team.alice(), post("/api/v1/thirdparties/not-an-id/lose"), body).andExpect(status().isNotFound());
        assertThat(negotiations.openOf(team.alice().workspaceId(), lambert)).isPresent();

        send(team.manager(), post(lose(lambert)), "{\"reason\": \"COMPETITOR\", \"competitor\": \"Acme\"}")
                .andExpect(status().isCreated());
        send(stranger, get("/api/v1/lost-reasons/competitors"), "")
                .andExpect(jsonPath("$.items", not(hasItem("Acme"))));
    }
}
