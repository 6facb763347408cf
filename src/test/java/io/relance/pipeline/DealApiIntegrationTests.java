package io.relance.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.party.ThirdPartyId;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceFixture.Team;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/deals} and {@code /api/v1/pipelines}: fields, filters, versions, who reaches what. */
class DealApiIntegrationTests extends DealTest {

    private List<String> ids(RelanceUser who, String query) throws Exception {
        return read(who, "/api/v1/deals" + query, "$.items[*].id");
    }

    @Test
    void everyWorkspaceHasTheSaleAndRentalPipelinesWithTheIssuesPhases() throws Exception {
        RelanceUser french = workspaces.team().acme().member("Françoise", io.relance.shared.Role.SALES_REP, "fr");
        mvc.perform(get("/api/v1/pipelines").with(user(french)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].key").value(Matchers.contains("sale", "rental")))
                .andExpect(jsonPath("$.items[0].objectType").value("SALE"))
                .andExpect(jsonPath("$.items[0].phases.length()").value(14))
                .andExpect(jsonPath("$.items[0].phases[4].key").value("first-visit"))
                .andExpect(jsonPath("$.items[0].phases[4].label").value("1re visite du bien"))
                .andExpect(jsonPath("$.items[0].phases[4].labels.es").value("1.ª visita"))
                .andExpect(jsonPath("$.items[0].phases[4].position").value(5))
                .andExpect(jsonPath("$.items[0].phases[12].kind").value("WON"))
                .andExpect(jsonPath("$.items[0].phases[13].key").value("cancelled"))
                .andExpect(jsonPath("$.items[0].phases[13].kind").value("LOST"))
                .andExpect(jsonPath("$.items[1].phases[*].key")
                        .value(Matchers.contains(
                                "matching-contacted",
                                "inquiry-received",
                                "inquiry-answered",
                                "documentation-sent",
                                "viewing",
                                "application-received",
                                "references-checked",
                                "lease-draft",
                                "lease-signed",
                                "cancelled")));
    }

    @Test
    void aDealAnswersTheIssuesFieldsAndIsTheThirdPartysOwnersByDefault() throws Exception {
        Team team = workspaces.team();
        ThirdPartyId lambert = party(team.alice(), "Famille Lambert");
        UUID jeanne = contact(team.alice(), lambert, "Lambert");
        UUID object = UUID.randomUUID();

        send(
                        team.manager(),
                        post("/api/v1/deals"),
                        "{\"pipeline\": \"sale\", \"thirdpartyId\": \"" + lambert + "\", \"contactId\": \"" + jeanne
                                + "\", \"objectId\": \"" + object
                                + "\", \"amount\": 325000.50, \"expectedOn\": \"2027-06-30\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.pipeline").value("sale"))
                .andExpect(jsonPath("$.phase").value("matching-contacted"))
                .andExpect(jsonPath("$.phaseLabel").value("Contacted via matching"))
                .andExpect(jsonPath("$.ownerId")
                        .value(team.alice().userId().value().toString()))
                .andExpect(jsonPath("$.thirdpartyId").value(lambert.toString()))
                .andExpect(jsonPath("$.contactId").value(jeanne.toString()))
                .andExpect(jsonPath("$.objectId").value(object.toString()))
                .andExpect(jsonPath("$.amount").value(325000.50))
                .andExpect(jsonPath("$.currency").value("EUR"))
                .andExpect(jsonPath("$.expectedOn").value("2027-06-30"))
                .andExpect(jsonPath("$.enteredPhaseAt").value(Matchers.startsWith("2027-03-10T09:00")))
                .andExpect(jsonPath("$.stale").value(false));
    }

    @Test
    void everyBadFieldIsRefusedAtOnceAndNothingIsOpened() throws Exception {
        Team team = workspaces.team();
        ThirdPartyId lambert = party(team.alice(), "Famille Lambert");
        UUID notItsContact = contact(team.alice(), party(team.alice(), "Other"), "Durand");

        send(
                        team.alice(),
                        post("/api/v1/deals"),
                        "{\"pipeline\": \"boat\", \"thirdpartyId\": \"" + lambert + "\", \"contactId\": \""
                                + notItsContact + "\", \"amount\": -3, \"ownerId\": \""
                                + team.bob().userId() + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(Matchers.containsInAnyOrder("pipeline", "contactId", "amount", "ownerId")));
        sendRefused(team.alice(), post("/api/v1/deals"), "{\"pipeline\": \"sale\"}", "thirdpartyId");
        sendRefused(
                team.alice(),
                post("/api/v1/deals"),
                "{\"pipeline\": \"sale\", \"thirdpartyId\": \"" + lambert + "\", \"phase\": \"moon\"}",
                "phase");
        sendRefused(
                team.alice(),
                post("/api/v1/deals"),
                "{\"pipeline\": \"sale\", \"thirdpartyId\": \"" + lambert + "\", \"expectedOn\": \"soon\"}",
                "expectedOn");
        // a third party he may not see is none
        sendRefused(
                team.alice(),
                post("/api/v1/deals"),
                "{\"pipeline\": \"sale\", \"thirdpartyId\": \"" + party(team.bob(), "Bob's") + "\"}",
                "thirdpartyId");
        assertThat(ids(team.manager(), "")).isEmpty();

        String deal = sale(team.alice(), lambert);
        sendRefused(team.alice(), post("/api/v1/deals/" + deal + "/actions"), "{\"type\": \"DANCE\"}", "type");
        sendRefused(
                team.alice(),
                post("/api/v1/deals/" + deal + "/actions"),
                "{\"type\": \"VISIT\", \"phase\": \"moon\"}",
                "phase");
        sendRefused(team.alice(), post("/api/v1/deals/" + deal + "/move"), "{}", "phase");
        sendRefused(team.alice(), patch("/api/v1/deals/" + deal), "{\"amount\": 1}", "version");
        assertThat(historyKinds(team.alice(), deal)).containsExactly("pipeline.deal-opened");
    }

    @Test
    void aChangeAtAStaleVersionIsAConflict() throws Exception {
        Team team = workspaces.team();
        String deal = sale(team.alice(), party(team.alice(), "Famille Lambert"));

        send(team.alice(), patch("/api/v1/deals/" + deal), "{\"amount\": 250000, \"version\": 0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.amount").value(250000))
                .andExpect(jsonPath("$.version").value(1));
        send(team.alice(), patch("/api/v1/deals/" + deal), "{\"amount\": 1, \"version\": 0}")
                .andExpect(status().isConflict());
        send(team.alice(), patch("/api/v1/deals/" + deal), "{\"amount\": null, \"version\": 1}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.amount").doesNotExist());
        send(team.alice(), post("/api/v1/deals/" + deal + "/move"), "{\"phase\": \"negotiation\", \"version\": 0}")
                .andExpect(status().isConflict());
    }

    @Test
    void theListFiltersByPipelinePhaseObjectThirdPartyOwnerAndAgeAndPagesByCursor() throws Exception {
        Team team = workspaces.team();
        ThirdPartyId lambert = party(team.alice(), "Famille Lambert");
        ThirdPartyId dupont = party(team.bob(), "Dupont");
        UUID house = UUID.randomUUID();
        clock.setTo(NOW.minus(java.time.Duration.ofDays(20)));
        String old = deal(team.alice(), "sale", lambert, "\"objectId\": \"" + house + "\"");
        clock.setTo(NOW);
        String visit = sale(team.alice(), lambert);
        act(team.alice(), visit, "VISIT", "");
        String rental = deal(team.manager(), "rental", dupont, "\"objectId\": \"" + house + "\"");

        assertThat(ids(team.manager(), "")).containsExactly(rental, visit, old);
        assertThat(ids(team.manager(), "?pipeline=sale")).containsExactly(visit, old);
        assertThat(ids(team.manager(), "?phase=first-visit,viewing")).containsExactly(visit);
        assertThat(ids(team.manager(), "?objectId=" + house)).containsExactly(rental, old);
        assertThat(ids(team.manager(), "?thirdpartyId=" + dupont)).containsExactly(rental);
        assertThat(ids(team.manager(), "?owner=" + team.bob().userId())).containsExactly(rental);
        assertThat(ids(team.alice(), "?owner=me")).containsExactly(visit, old);
        assertThat(ids(team.manager(), "?minDaysInPhase=14")).containsExactly(old);
        // a rep sees the deals of the third parties he may see
        assertThat(ids(team.alice(), "")).containsExactly(visit, old);
        assertThat(ids(team.bob(), "")).containsExactly(rental);

        String next = read(team.manager(), "/api/v1/deals?limit=2", "$.nextCursor");
        assertThat(ids(team.manager(), "?limit=2&cursor=" + next)).containsExactly(old);
        sendRefused(team.manager(), get("/api/v1/deals?colour=red"), "", "colour");
        sendRefused(team.manager(), get("/api/v1/deals?objectId=house"), "", "objectId");
    }

    @Test
    void aRepWithoutAccessToTheThirdPartyAndAnotherWorkspaceGet404OnEveryEndpoint() throws Exception {
        Team team = workspaces.team();
        String deal = sale(team.alice(), party(team.alice(), "Famille Lambert"));
        RelanceUser stranger = workspaces.team().manager();

        for (RelanceUser outsider : List.of(team.bob(), stranger)) {
            mvc.perform(get("/api/v1/deals/" + deal).with(user(outsider))).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/deals/" + deal + "/history").with(user(outsider)))
                    .andExpect(status().isNotFound());
            send(outsider, patch("/api/v1/deals/" + deal), "{\"amount\": 1, \"version\": 0}")
                    .andExpect(status().isNotFound());
            send(outsider, post("/api/v1/deals/" + deal + "/move"), "{\"phase\": \"negotiation\"}")
                    .andExpect(status().isNotFound());
            send(outsider, post("/api/v1/deals/" + deal + "/actions"), "{\"type\": \"VISIT\"}")
                    .andExpect(status().isNotFound());
            assertThat(ids(outsider, "")).isEmpty();
        }
        assertThat(read(team.alice(), "/api/v1/deals/" + deal, "$.phase").toString())
                .isEqualTo("matching-contacted");
    }

    @Test
    void anotherModuleOpensADealFromAnInquiryAndMovesTheSameOneOn() throws Exception {
        Team team = workspaces.team();
        ThirdPartyId lambert = party(team.alice(), "Famille Lambert");
        UUID house = UUID.randomUUID();

        DealRef first = deals.openOrAdvance(
                team.acme().id(),
                "sale",
                lambert,
                null,
                house,
                DealActionType.INQUIRY,
                Instant.parse("2027-03-10T08:30:00Z"),
                "Is the garden south-facing?",
                null);
        assertThat(first.opened()).isTrue();
        assertThat(first.phase()).isEqualTo("inquiry-received");

        DealRef again = deals.openOrAdvance(
                team.acme().id(),
                "sale",
                lambert,
                null,
                house,
                DealActionType.DOCUMENTATION_SENT,
                null,
                "Brochure",
                null);
        assertThat(again.opened()).isFalse();
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.phase()).isEqualTo("documentation-sent");
        assertThat(historyKinds(team.alice(), first.id().toString()))
                .containsExactly(
                        "pipeline.phase-moved",
                        "pipeline.documentation-sent",
                        "pipeline.inquiry",
                        "pipeline.deal-opened");
        assertThat(read(team.alice(), "/api/v1/deals/" + first.id(), "$.ownerId")
                        .toString())
                .isEqualTo(team.alice().userId().value().toString());
    }

    @Test
    void onlyAdminsChangeThePipelinesAndARetiredPhaseTakesNoDeals() throws Exception {
        Team team = workspaces.team();
        send(team.manager(), post("/api/v1/pipelines/sale/phases"), "{\"key\": \"x\", \"labels\": {\"en\": \"X\"}}")
                .andExpect(status().isForbidden());
        RelanceUser admin = team.acme().admin();
        send(
                        admin,
                        post("/api/v1/pipelines/sale/phases"),
                        "{\"key\": \"valuation\", \"labels\": {\"en\": \"Valuation\", \"fr\": \"Estimation\"},"
                                + " \"rotDays\": 10}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.phases[12].key").value("valuation"))
                .andExpect(jsonPath("$.phases[12].labels.de").value("Valuation"))
                .andExpect(jsonPath("$.phases[13].key").value("contract-signed"));
        send(admin, post("/api/v1/pipelines/sale/phases/valuation/move"), "{\"by\": -1}")
                .andExpect(jsonPath("$.phases[11].key").value("valuation"));
        send(admin, patch("/api/v1/pipelines/sale/phases/negotiation"), "{\"retired\": true}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phases[6].retired").value(true));
        sendRefused(admin, patch("/api/v1/pipelines/sale/phases/negotiation"), "{\"probability\": 120}", "probability");
        String deal = sale(team.alice(), party(team.alice(), "Famille Lambert"));
        sendRefused(team.alice(), post("/api/v1/deals/" + deal + "/move"), "{\"phase\": \"negotiation\"}", "phase");
        send(admin, patch("/api/v1/pipelines/sale"), "{\"name\": \"Ventes\"}")
                .andExpect(jsonPath("$.name").value("Ventes"));
        send(
                        admin,
                        post("/api/v1/pipelines"),
                        "{\"key\": \"reno\", \"name\": \"Renovation\", \"objectType\": \"renovation\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.phases[*].kind").value(Matchers.contains("OPEN", "WON", "LOST")));
        sendRefused(admin, post("/api/v1/pipelines"), "{\"key\": \"Sale!\", \"name\": \"x\"}", "key");
    }
}
