package io.relance.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.party.ThirdPartyId;
import io.relance.workspace.WorkspaceFixture.Team;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The default sale pipeline's rules, end to end through the API: each action moves the deal to its phase, forward
 * only, a refusal excepted; the phase a person picks with an action wins.
 */
class PhaseRulesIntegrationTests extends DealTest {

    @Test
    void eachActionMovesADealToItsRulesPhase() throws Exception {
        Team team = workspaces.team();
        ThirdPartyId lambert = party(team.alice(), "Famille Lambert");
        String deal = sale(team.alice(), lambert);
        assertThat(read(team.alice(), "/api/v1/deals/" + deal, "$.phase").toString())
                .isEqualTo("matching-contacted");

        assertThat(act(team.alice(), deal, "INQUIRY", "")).isEqualTo("inquiry-received");
        assertThat(act(team.alice(), deal, "INQUIRY_ANSWERED", "")).isEqualTo("inquiry-answered");
        assertThat(act(team.alice(), deal, "DOCUMENTATION_SENT", "")).isEqualTo("documentation-sent");
        assertThat(act(team.alice(), deal, "VISIT", "\"summary\": \"Liked the garden\""))
                .isEqualTo("first-visit");
        assertThat(act(team.alice(), deal, "VISIT", "")).isEqualTo("second-visit");
        assertThat(act(team.alice(), deal, "RESERVATION", "")).isEqualTo("reservation");
        assertThat(act(team.alice(), deal, "PURCHASE_CONFIRMATION", "")).isEqualTo("purchase-confirmed");
        assertThat(act(team.alice(), deal, "NOTARIAL_CERTIFICATION", "")).isEqualTo("contract-signed");
        assertThat(read(team.alice(), "/api/v1/deals/" + deal, "$.phaseKind").toString())
                .isEqualTo("WON");
    }

    @Test
    void aMatchingEmailOnAFreshOpportunityMovesItToContactedViaMatching() throws Exception {
        Team team = workspaces.team();
        String deal = deal(team.alice(), "sale", party(team.alice(), "Dupont"), "\"phase\": \"inquiry-received\"");
        // forward only: matching-contacted is before inquiry-received
        assertThat(act(team.alice(), deal, "MATCHING_EMAIL", "")).isEqualTo("inquiry-received");
        String other = deal(team.alice(), "rental", party(team.alice(), "Martin"), "");
        assertThat(act(team.alice(), other, "VISIT", "")).isEqualTo("viewing");
        // the rental pipeline has no second-visit rule: a second viewing keeps it there
        assertThat(act(team.alice(), other, "VISIT", "")).isEqualTo("viewing");
    }

    @Test
    void anOlderActionLoggedLateNeverMovesADealBack() throws Exception {
        Team team = workspaces.team();
        String deal = sale(team.alice(), party(team.alice(), "Famille Lambert"));
        move(team.alice(), deal, "reservation", null);

        assertThat(act(team.alice(), deal, "DOCUMENTATION_SENT", "\"occurredAt\": \"2027-02-01T10:00:00Z\""))
                .isEqualTo("reservation");
        assertThat(act(team.alice(), deal, "VISIT", "")).isEqualTo("reservation");
        assertThat(act(team.alice(), deal, "CALL", "\"summary\": \"Asked about the keys\""))
                .isEqualTo("reservation");
        // and a won deal stays won
        assertThat(act(team.alice(), deal, "NOTARIAL_CERTIFICATION", "")).isEqualTo("contract-signed");
        assertThat(act(team.alice(), deal, "INQUIRY", "")).isEqualTo("contract-signed");
    }

    @Test
    void aRefusalCancelsTheDealFromAnyPhase() throws Exception {
        Team team = workspaces.team();
        String deal = sale(team.alice(), party(team.alice(), "Famille Lambert"));
        move(team.alice(), deal, "contract-signed", null);

        assertThat(act(team.alice(), deal, "REFUSAL", "\"summary\": \"Found another house\""))
                .isEqualTo("cancelled");
        assertThat(read(team.alice(), "/api/v1/deals/" + deal, "$.phaseKind").toString())
                .isEqualTo("LOST");
    }

    @Test
    void thePhasePickedWithAnActionWinsOverTheRules() throws Exception {
        Team team = workspaces.team();
        String deal = sale(team.alice(), party(team.alice(), "Famille Lambert"));
        move(team.alice(), deal, "reservation", null);

        // picked, even backwards
        assertThat(act(team.alice(), deal, "CALL", "\"summary\": \"Wants to talk price\", \"phase\": \"negotiation\""))
                .isEqualTo("negotiation");
        List<String> kinds = historyKinds(team.alice(), deal);
        assertThat(kinds).startsWith("pipeline.phase-moved", "history.call");
    }

    @Test
    void aMoveByHandWritesWhoMovedItFromWhichPhaseToWhich() throws Exception {
        Team team = workspaces.team();
        ThirdPartyId lambert = party(team.alice(), "Famille Lambert");
        String deal = sale(team.alice(), lambert);

        assertThat(move(team.alice(), deal, "negotiation", "Offer expected Friday"))
                .isEqualTo("negotiation");

        String path = "/api/v1/deals/" + deal + "/history";
        assertThat(read(team.alice(), path, "$.items[0].kind").toString()).isEqualTo("pipeline.phase-moved");
        assertThat(read(team.alice(), path, "$.items[0].actorId").toString())
                .isEqualTo(team.alice().userId().value().toString());
        assertThat(read(team.alice(), path, "$.items[0].summary").toString()).isEqualTo("Offer expected Friday");
        assertThat(read(team.alice(), path, "$.items[0].snapshot.from.en").toString())
                .isEqualTo("Contacted via matching");
        assertThat(read(team.alice(), path, "$.items[0].snapshot.to.de").toString())
                .isEqualTo("Verkaufsverhandlung");
        // the third party's timeline shows it too
        List<String> onParty = read(team.alice(), "/api/v1/thirdparties/" + lambert + "/history", "$.items[*].kind");
        assertThat(onParty).contains("pipeline.phase-moved", "pipeline.deal-opened");
        // the record page shows it with the labels in the reader's language
        assertThat(pageAs(team.alice(), "/thirdparties/" + lambert))
                .contains("Contacted via matching → Sale negotiation")
                .contains("Offer expected Friday");
    }
}
