package io.relance.followup.lost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.followup.NegotiationTest;
import io.relance.party.ProspectStatus;
import io.relance.party.ThirdPartyId;
import io.relance.shared.RelanceUser;
import org.junit.jupiter.api.Test;

/**
 * The pages: the record's "Negotiation" panel, the "Close as lost" form (errors beside their field, what a person typed
 * shown as text), the settings pages of negotiations and lost reasons (admins), the Reports page (managers).
 */
class LostPagesIntegrationTests extends NegotiationTest {

    @Test
    void theRecordShowsTheNegotiationAndLeadsToCloseItAsLost() throws Exception {
        RelanceUser alice = workspaces.rep();
        on(MONDAY);
        ThirdPartyId lambert = negotiating(alice, ProspectStatus.IN_PROGRESS);

        String record = body(as(alice, get("/thirdparties/" + lambert)).andExpect(status().isOk()));
        assertThat(record)
                .contains("id=\"negotiation-panel\"", "In negotiation since Jan 4, 2027.", "90 days left")
                .contains("/thirdparties/" + lambert + "/lose");

        String form = body(as(alice, get("/thirdparties/" + lambert + "/lose")).andExpect(status().isOk()));
        assertThat(form)
                .contains("id=\"reason-PRICE\"", "id=\"reason-COMPETITOR\"", "<datalist id=\"competitor-names\"");
    }

    @Test
    void theFormShowsEachErrorBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
        RelanceUser alice = workspaces.rep();
        ThirdPartyId lambert = negotiating(alice, ProspectStatus.IN_PROGRESS);

        String noCompetitor = body(as(
                        alice,
                        post("/thirdparties/" + lambert + "/lose")
                                .param("reason", "COMPETITOR")
                                .param("comment", "<b>cheaper</b>"))
                .andExpect(status().isOk()));
        assertThat(noCompetitor)
                .contains("id=\"competitor-error\"", "Name the competitor.")
                .contains("&lt;b&gt;cheaper&lt;/b&gt;")
                .doesNotContain("<b>cheaper</b>");
        String noComment =
                body(as(alice, post("/thirdparties/" + lambert + "/lose").param("reason", "OTHER"))
                        .andExpect(status().isOk()));
        assertThat(noComment).contains("id=\"comment-error\"", "Say what happened.");
        String noReason =
                body(as(alice, post("/thirdparties/" + lambert + "/lose")).andExpect(status().isOk()));
        assertThat(noReason).contains("id=\"reason-error\"");
        assertThat(negotiations.openOf(alice.workspaceId(), lambert)).isPresent();

        as(
                        alice,
                        post("/thirdparties/" + lambert + "/lose")
                                .param("reason", "COMPETITOR")
                                .param("competitor", "Cuisines <Martin>"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/thirdparties/" + lambert));
        assertThat(negotiations.openOf(alice.workspaceId(), lambert)).isEmpty();
        String record = body(as(alice, get("/thirdparties/" + lambert)));
        assertThat(record)
                .contains("No negotiation in progress.", "to Cuisines &lt;Martin&gt;")
                .doesNotContain("Cuisines <Martin>");
    }

    @Test
    void adminsSetTheNumbersAndTheReasonsOnTheirSettingsPages() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();

        assertThat(body(as(admin, get("/settings/negotiation")).andExpect(status().isOk())))
                .contains("id=\"timeLimitDays\"", "value=\"90\"");
        as(
                        admin,
                        post("/settings/negotiation")
                                .param("timeLimitDays", "3")
                                .param("warningDays", "1")
                                .param("callAgainMonths", "3")
                                .param("checkInMonths", "6")
                                .param("version", "0"))
                .andExpect(status().isOk());
        as(
                        admin,
                        post("/settings/negotiation")
                                .param("timeLimitDays", "60")
                                .param("warningDays", "7")
                                .param("callAgainMonths", "2")
                                .param("checkInMonths", "12")
                                .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(negotiations.settings(admin.workspaceId()).timeLimitDays()).isEqualTo(60);

        String reasons = body(as(admin, get("/settings/lost-reasons")).andExpect(status().isOk()));
        assertThat(reasons).contains("reasons[0].key", "Not interested");
        as(
                        admin,
                        post("/settings/lost-reasons")
                                .param("version", "0")
                                .param("reasons[0].key", "PRICE")
                                .param("reasons[0].active", "true")
                                .param("reasons[1].key", "TIMING")
                                .param("reasons[2].key", "COMPETITOR")
                                .param("reasons[2].active", "true")
                                .param("reasons[3].key", "NOT_INTERESTED")
                                .param("reasons[3].active", "true")
                                .param("reasons[4].key", "UNREACHABLE")
                                .param("reasons[4].active", "true")
                                .param("reasons[5].key", "OTHER")
                                .param("reasons[5].active", "true")
                                .param("newKey", "budget_cut")
                                .param("newLabel", "Budget cut"))
                .andExpect(status().is3xxRedirection());
        assertThat(body(as(admin, get("/settings/lost-reasons")))).contains("BUDGET_CUT", "Budget cut");

        RelanceUser rep = acme.rep("Alice");
        as(rep, get("/settings/negotiation")).andExpect(status().isForbidden());
        as(rep, get("/settings/lost-reasons")).andExpect(status().isForbidden());
        ThirdPartyId id =
                thirdParties.of(rep).named("Lambert").create().thirdParty().id();
        assertThat(body(as(rep, get("/thirdparties/" + id + "/lose"))))
                .contains("Budget cut")
                .doesNotContain("id=\"reason-TIMING\"");
    }

    @Test
    void thePagesSpeakTheUsersLanguage() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser pierre = acme.member("Pierre", io.relance.shared.Role.MANAGER, "fr");
        ThirdPartyId lambert = negotiating(pierre, ProspectStatus.IN_PROGRESS);

        assertThat(body(as(pierre, get("/thirdparties/" + lambert + "/lose"))))
                .contains("Pourquoi est-ce perdu ?", "Concurrent");
        assertThat(body(as(pierre, get("/reports")))).contains("Rapports", "Pertes", "Aucune perte du");
    }
}
