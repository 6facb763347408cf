package io.relance.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.party.ThirdPartyId;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceFixture.Team;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The pipelines' pages: board, list, a deal's page and its forms, the record's panel, the settings. */
class DealPagesIntegrationTests extends DealTest {

    @Test
    void theBoardShowsAColumnPerPhaseWithCountsAndSumsAndItsMoveFormMovesADealWithoutScript() throws Exception {
        Team team = workspaces.team();
        ThirdPartyId lambert = party(team.alice(), "Famille Lambert");
        String deal = deal(team.alice(), "sale", lambert, "\"amount\": 325000");
        deal(team.alice(), "sale", party(team.alice(), "Dupont"), "\"amount\": 100000");

        assertThat(pageAs(team.alice(), "/deals/board"))
                .contains("id=\"column-matching-contacted\"", "id=\"column-cancelled\"")
                .contains("2 deals", "€425,000.00")
                .contains("Famille Lambert")
                .contains("/js/deal-board.js");
        assertThat(pageAs(
                        io.relance.workspace.WorkspaceFixture.speaking(team.alice(), "de"),
                        "/deals/board?pipeline=rental"))
                .contains("Mietvertrag unterschrieben");

        as(team.alice(), form(post("/deals/" + deal + "/move"), "phase=first-visit", "returnTo=board", "version=0"))
                .andExpect(redirectedUrl("/deals/board?pipeline=sale"));
        assertThat(read(team.alice(), "/api/v1/deals/" + deal, "$.phase").toString())
                .isEqualTo("first-visit");
        assertThat(historyKinds(team.alice(), deal)).startsWith("pipeline.phase-moved");
    }

    @org.springframework.beans.factory.annotation.Autowired
    private io.relance.object.ObjectFixture objects;

    @Test
    void logginAnActionOnTheDealPageMovesItAndAPickedPhaseWins() throws Exception {
        Team team = workspaces.team();
        var house = objects.object(team.alice(), "H-12", "House with a garden", java.util.Map.of());
        String deal = deal(
                team.alice(),
                "sale",
                party(team.alice(), "Famille Lambert"),
                "\"objectId\": \"" + house.id().value() + "\"");

        assertThat(pageAs(team.alice(), "/deals/" + deal))
                .contains("Log an action", "Contacted via matching", "Deal opened", "H-12 · House with a garden");
        as(team.alice(), form(post("/deals/" + deal + "/actions"), "type=VISIT", "summary=Liked the garden"))
                .andExpect(redirectedUrl("/deals/" + deal));
        as(
                        team.alice(),
                        form(
                                post("/deals/" + deal + "/actions"),
                                "type=CALL",
                                "summary=Wants to negotiate",
                                "phase=negotiation",
                                "occurredAt=2027-03-09T16:30"))
                .andExpect(redirectedUrl("/deals/" + deal));
        assertThat(pageAs(team.alice(), "/deals/" + deal))
                .contains("Sale negotiation", "Liked the garden", "Wants to negotiate", "1st visit → Sale negotiation");

        // errors beside their fields, what was typed kept, nothing logged
        String refused = body(as(team.alice(), form(post("/deals/" + deal + "/actions"), "type=NOTE", "summary="))
                .andExpect(status().isOk()));
        assertThat(refused).contains("id=\"action-summary-error\"");
        refused = body(as(
                        team.alice(),
                        form(post("/deals/" + deal + "/actions"), "type=VISIT", "summary=Hmm", "occurredAt=yesterday"))
                .andExpect(status().isOk()));
        assertThat(refused).contains("id=\"action-occurredAt-error\"", "Hmm");
        assertThat(historyKinds(team.alice(), deal)).hasSize(5);
    }

    @Test
    void aDealIdleBeyondItsPhasesLimitIsMarkedStale() throws Exception {
        Team team = workspaces.team();
        send(
                        team.acme().admin(),
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch(
                                "/api/v1/pipelines/sale/phases/matching-contacted"),
                        "{\"rotDays\": 7}")
                .andExpect(status().isOk());
        String deal = sale(team.alice(), party(team.alice(), "Famille Lambert"));
        assertThat(read(team.alice(), "/api/v1/deals/" + deal, "$.stale").toString())
                .isEqualTo("false");

        clock.setTo(NOW.plus(Duration.ofDays(8).plusHours(1)));
        assertThat(read(team.alice(), "/api/v1/deals/" + deal, "$.stale").toString())
                .isEqualTo("true");
        assertThat(pageAs(team.alice(), "/deals/board")).contains("Stale");
        assertThat(pageAs(team.alice(), "/deals?pipeline=sale")).contains("Stale", "8 days in phase");
        act(team.alice(), deal, "NOTE", "\"summary\": \"Still thinking\"");
        assertThat(read(team.alice(), "/api/v1/deals/" + deal, "$.stale").toString())
                .isEqualTo("false");
    }

    @Test
    void theRecordShowsItsDealsAndANewDealIsOpenedFromIt() throws Exception {
        Team team = workspaces.team();
        ThirdPartyId lambert = party(team.alice(), "Famille Lambert");

        assertThat(pageAs(team.alice(), "/thirdparties/" + lambert)).contains("id=\"deals-panel\"", "No deals yet.");
        String form = pageAs(
                io.relance.workspace.WorkspaceFixture.speaking(team.alice(), "fr"),
                "/deals/new?thirdpartyId=" + lambert);
        assertThat(form).contains("Nouvelle affaire pour Famille Lambert");
        String refused =
                body(as(team.alice(), form(post("/deals"), "thirdpartyId=" + lambert, "pipeline=sale", "amount=lots"))
                        .andExpect(status().isOk()));
        assertThat(refused).contains("id=\"nd-amount-error\"").contains("value=\"lots\"");
        String location = as(
                        team.alice(), form(post("/deals"), "thirdpartyId=" + lambert, "pipeline=rental", "amount=1200"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/deals/");
        assertThat(pageAs(team.alice(), "/thirdparties/" + lambert)).contains("€1,200.00", "Contacted via matching");
    }

    @Test
    void anotherWorkspaceAndARepWithoutAccessGet404OnTheDealsPages() throws Exception {
        Team team = workspaces.team();
        ThirdPartyId lambert = party(team.alice(), "Famille Lambert");
        String deal = sale(team.alice(), lambert);
        RelanceUser stranger = workspaces.team().manager();

        for (RelanceUser outsider : java.util.List.of(team.bob(), stranger)) {
            mvc.perform(get("/deals/" + deal).with(user(outsider))).andExpect(status().isNotFound());
            mvc.perform(get("/deals/new?thirdpartyId=" + lambert).with(user(outsider)))
                    .andExpect(status().isNotFound());
            as(outsider, form(post("/deals/" + deal + "/move"), "phase=negotiation"))
                    .andExpect(status().isNotFound());
            as(outsider, form(post("/deals/" + deal + "/actions"), "type=VISIT"))
                    .andExpect(status().isNotFound());
            as(outsider, form(post("/deals"), "thirdpartyId=" + lambert, "pipeline=sale"))
                    .andExpect(status().isNotFound());
            assertThat(pageAs(outsider, "/deals/board")).doesNotContain("Famille Lambert");
        }
    }

    @Test
    void anAdminRenamesReordersAndRetiresPhasesInTheSettings() throws Exception {
        Team team = workspaces.team();
        RelanceUser admin = team.acme().admin();
        assertThat(pageAs(admin, "/settings/pipelines")).contains("Sale", "Rental", "Contract signed");
        mvc.perform(get("/settings/pipelines").with(user(team.manager()))).andExpect(status().isForbidden());

        as(admin, form(post("/settings/pipelines/sale/phases/negotiation/move"), "by=-1"))
                .andExpect(redirectedUrl("/settings/pipelines"));
        as(
                        admin,
                        form(
                                post("/settings/pipelines/sale/phases/negotiation"),
                                "labels.en=Price talks",
                                "labels.fr=",
                                "kind=OPEN",
                                "rotDays=10",
                                "retired=true"))
                .andExpect(redirectedUrl("/settings/pipelines"));
        String refused =
                body(as(admin, form(post("/settings/pipelines/sale/phases"), "key=Bad Key", "labels.en=", "rotDays=x"))
                        .andExpect(status().isOk()));
        assertThat(refused).contains("is-invalid");

        java.util.List<String> keys = read(admin, "/api/v1/pipelines/sale", "$.phases[*].key");
        assertThat(keys.subList(4, 7)).containsExactly("first-visit", "negotiation", "second-visit");
        assertThat(read(admin, "/api/v1/pipelines/sale", "$.phases[5].labels.en")
                        .toString())
                .isEqualTo("Price talks");
        assertThat(read(admin, "/api/v1/pipelines/sale", "$.phases[5].retired").toString())
                .isEqualTo("true");

        as(admin, form(post("/settings/pipelines/sale/rules"), "rule.VISIT=second-visit", "rule.REFUSAL="))
                .andExpect(redirectedUrl("/settings/pipelines"));
        assertThat(read(admin, "/api/v1/pipelines/sale", "$.rules.VISIT").toString())
                .isEqualTo("second-visit");
        assertThat((java.util.Map<String, Object>) read(admin, "/api/v1/pipelines/sale", "$.rules"))
                .doesNotContainKey("REFUSAL");
    }
}
