package io.relance.followup.lost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.followup.NegotiationTest;
import io.relance.party.ThirdPartyId;
import io.relance.shared.RelanceUser;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The workspace's lost reasons and negotiation numbers (admins change them, everyone reads them, each workspace its
 * own), and the losses report (managers), counted over a period.
 */
class LostSettingsApiIntegrationTests extends NegotiationTest {

    private static final String SIX = """
            {"key": "PRICE", "active": true}, {"key": "TIMING", "active": false}, {"key": "COMPETITOR"},
            {"key": "NOT_INTERESTED"}, {"key": "UNREACHABLE"}, {"key": "OTHER"}""";

    @Test
    void theSixReasonsAreOfferedUntilAnAdminChangesTheList() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();
        RelanceUser rep = acme.rep("Alice");

        send(rep, get("/api/v1/lost-reasons"), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.reasons[*].key")
                        .value(contains("PRICE", "TIMING", "COMPETITOR", "NOT_INTERESTED", "UNREACHABLE", "OTHER")))
                .andExpect(jsonPath("$.reasons[2].needs").value("COMPETITOR"))
                .andExpect(jsonPath("$.reasons[5].needs").value("COMMENT"));

        send(rep, put("/api/v1/lost-reasons"), "{\"version\": 0, \"reasons\": [" + SIX + "]}")
                .andExpect(status().isForbidden());
        send(admin, put("/api/v1/lost-reasons"), """
                        {"version": 0, "reasons": [%s, {"key": "BUDGET_CUT", "label": "Budget cut"}]}""".formatted(SIX))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.reasons[1].active").value(false))
                .andExpect(jsonPath("$.reasons[6].label").value("Budget cut"));
        send(admin, put("/api/v1/lost-reasons"), "{\"version\": 0, \"reasons\": [" + SIX + "]}")
                .andExpect(status().isConflict());

        ThirdPartyId id =
                thirdParties.of(rep).named("Lambert").create().thirdParty().id();
        sendRefused(rep, post("/api/v1/thirdparties/" + id + "/lose"), "{\"reason\": \"TIMING\"}", "reason");
        send(rep, post("/api/v1/thirdparties/" + id + "/lose"), "{\"reason\": \"BUDGET_CUT\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reasonLabel").value("Budget cut"));

        // used: it stays; another workspace still has the six
        sendRefused(admin, put("/api/v1/lost-reasons"), "{\"version\": 1, \"reasons\": [" + SIX + "]}", "reasons");
        send(workspaces.create("Other").admin(), get("/api/v1/lost-reasons"), "")
                .andExpect(jsonPath("$.reasons.length()").value(6));
    }

    @Test
    void aBadListIsRefusedFieldByField() throws Exception {
        RelanceUser admin = workspaces.create("Acme").admin();

        sendRefused(
                admin, put("/api/v1/lost-reasons"), "{\"version\": 0, \"reasons\": [{\"key\": \"PRICE\"}]}", "reasons");
        sendRefused(
                admin,
                put("/api/v1/lost-reasons"),
                "{\"version\": 0, \"reasons\": [" + SIX + ", {\"key\": \"lower\", \"label\": \"x\"}]}",
                "reasons[6].key");
        sendRefused(
                admin,
                put("/api/v1/lost-reasons"),
                "{\"version\": 0, \"reasons\": [" + SIX + ", {\"key\": \"NEW_ONE\"}]}",
                "reasons[6].label");
        sendRefused(
                admin,
                put("/api/v1/lost-reasons"),
                "{\"version\": 0, \"reasons\": [" + SIX + ", {\"key\": \"PRICE\"}]}",
                "reasons[6].key");
        sendRefused(
                admin,
                put("/api/v1/lost-reasons"),
                "{\"version\": 0, \"reasons\": [" + SIX + ", {\"key\": \"TIMED_OUT\", \"label\": \"x\"}]}",
                "reasons[6].key");
        sendRefused(
                admin,
                put("/api/v1/lost-reasons"),
                "{\"version\": 0, \"reasons\": ["
                        + SIX.replace("{\"key\": \"OTHER\"}", "{\"key\": \"OTHER\", \"active\": false}") + "]}",
                "reasons");
        sendRefused(admin, put("/api/v1/lost-reasons"), "{\"reasons\": [" + SIX + "]}", "version");
    }

    @Test
    void theNumbersAreTheDefaultsUntilAnAdminChangesThemWithinTheirRanges() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();
        RelanceUser rep = acme.rep("Alice");

        send(rep, get("/api/v1/settings/negotiation"), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeLimitDays").value(90))
                .andExpect(jsonPath("$.warningDays").value(14))
                .andExpect(jsonPath("$.callAgainMonths").value(3))
                .andExpect(jsonPath("$.checkInMonths").value(6))
                .andExpect(jsonPath("$.version").value(0));
        String sixty = "{\"timeLimitDays\": 60, \"warningDays\": 10, \"callAgainMonths\": 2, \"checkInMonths\": 12,"
                + " \"version\": 0}";
        send(rep, put("/api/v1/settings/negotiation"), sixty).andExpect(status().isForbidden());
        send(admin, put("/api/v1/settings/negotiation"), sixty)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeLimitDays").value(60))
                .andExpect(jsonPath("$.version").value(1));
        send(admin, put("/api/v1/settings/negotiation"), sixty).andExpect(status().isConflict());
        sendRefused(
                admin,
                put("/api/v1/settings/negotiation"),
                sixty.replace("60", "3").replace(": 0}", ": 1}"),
                "timeLimitDays");
        sendRefused(
                admin,
                put("/api/v1/settings/negotiation"),
                sixty.replace("10", "60").replace(": 0}", ": 1}"),
                "warningDays");
        sendRefused(
                admin,
                put("/api/v1/settings/negotiation"),
                sixty.replace("12", "0").replace(": 0}", ": 1}"),
                "checkInMonths");
        sendRefused(admin, put("/api/v1/settings/negotiation"), "{\"version\": 1}", "timeLimitDays");
        send(workspaces.create("Other").admin(), get("/api/v1/settings/negotiation"), "")
                .andExpect(jsonPath("$.timeLimitDays").value(90));
    }

    @Test
    void theLossesReportCountsAPeriodsLossesByReasonAndCompetitorForManagers() throws Exception {
        var team = workspaces.team();
        RelanceUser alice = team.alice();
        on(LocalDate.of(2027, 1, 10));
        lose(alice, "{\"reason\": \"PRICE\"}");
        on(LocalDate.of(2027, 2, 10));
        lose(alice, "{\"reason\": \"PRICE\"}");
        lose(alice, "{\"reason\": \"COMPETITOR\", \"competitor\": \"Acme\"}");
        lose(alice, "{\"reason\": \"COMPETITOR\", \"competitor\": \"Acme\"}");
        lose(alice, "{\"reason\": \"COMPETITOR\", \"competitor\": \"Cuisines Martin\"}");
        on(LocalDate.of(2027, 3, 10));
        lose(alice, "{\"reason\": \"OTHER\", \"comment\": \"Moved away\"}");
        lose(workspaces.create("Other").rep("Zoe"), "{\"reason\": \"TIMING\"}");

        send(team.manager(), get("/api/v1/reports/losses?from=2027-02-01&to=2027-02-28"), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.byReason[0].reason").value("COMPETITOR"))
                .andExpect(jsonPath("$.byReason[0].label").value("Competitor"))
                .andExpect(jsonPath("$.byReason[0].count").value(3))
                .andExpect(jsonPath("$.byReason[1].reason").value("PRICE"))
                .andExpect(jsonPath("$.byReason[1].count").value(1))
                .andExpect(jsonPath("$.byCompetitor[0].competitor").value("Acme"))
                .andExpect(jsonPath("$.byCompetitor[0].count").value(2))
                .andExpect(jsonPath("$.byCompetitor[1].competitor").value("Cuisines Martin"));
        send(team.manager(), get("/api/v1/reports/losses?from=2027-01-01&to=2027-03-31"), "")
                .andExpect(jsonPath("$.total").value(6))
                .andExpect(jsonPath("$.byReason[0].reason").value("COMPETITOR"))
                .andExpect(jsonPath("$.byReason[1].reason").value("PRICE"))
                .andExpect(jsonPath("$.byReason[1].count").value(2));
        send(team.manager(), get("/api/v1/reports/losses"), "")
                .andExpect(jsonPath("$.total").value(6));
        send(alice, get("/api/v1/reports/losses"), "").andExpect(status().isForbidden());
        sendRefused(team.manager(), get("/api/v1/reports/losses?from=2027-03-01&to=2027-02-01"), "", "to");
        sendRefused(team.manager(), get("/api/v1/reports/losses?from=March"), "", "from");
        as(team.manager(), get("/reports?from=2027-02-01&to=2027-02-28")).andExpect(status().isOk());
        as(alice, get("/reports")).andExpect(status().isForbidden());
        assertThat(body(as(team.manager(), get("/reports?from=2027-02-01&to=2027-02-28"))))
                .contains("Cuisines Martin", "4 losses");
    }

    private void lose(RelanceUser who, String body) throws Exception {
        ThirdPartyId id =
                thirdParties.of(who).named("Lost one").create().thirdParty().id();
        send(who, post("/api/v1/thirdparties/" + id + "/lose"), body).andExpect(status().isCreated());
    }
}
