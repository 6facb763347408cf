package io.relance.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.followup.checkin.CheckIns;
import io.relance.followup.daily.DailyRun;
import io.relance.followup.lost.NegotiationTimeouts;
import io.relance.followup.negotiation.NegotiationDeadlines;
import io.relance.party.ProspectStatus;
import io.relance.party.ThirdPartyId;
import io.relance.shared.RelanceUser;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Negotiations, losses and check-ins on Citus: with {@code citus.multi_task_query_log_level = error}, a statement
 * needing more than one shard fails, and so does the request or the daily part that made it. Their reactions, API,
 * pages, the daily parts of one workspace (another one beside it) and the whole daily run with its claims are all
 * single-shard statements.
 */
@EnabledIfSystemProperty(named = "relance.test.database", matches = "citus")
@TestPropertySource(
        properties =
                "spring.datasource.hikari.connection-init-sql=SET jit = off; SET citus.multi_task_query_log_level = 'error'")
class NegotiationsOnCitusIntegrationTests extends NegotiationTest {

    @Autowired
    NegotiationDeadlines deadlines;

    @Autowired
    NegotiationTimeouts timeouts;

    @Autowired
    CheckIns checkIns;

    @Autowired
    DailyRun dailyRun;

    void ok(RelanceUser who, MockHttpServletRequestBuilder request, String json) throws Exception {
        send(who, request, json).andExpect(status().is2xxSuccessful());
    }

    @Test
    void aWorkspacesNegotiationsLossesAndDailyPartsAreSingleShardStatements() throws Exception {
        var acme = workspaces.create("Acme");
        workspaces.create("Other").rep("Zoe");
        RelanceUser admin = acme.admin();
        RelanceUser manager = acme.manager("Maud");
        RelanceUser rep = acme.rep("Rep");
        on(MONDAY);
        ThirdPartyId called = new ThirdPartyId(java.util.UUID.fromString(party(rep, "Lambert")));
        ok(rep, post("/api/v1/thirdparties/" + called + "/history"), """
                {"type": "CALL", "direction": "OUTBOUND", "summary": "Hello"}""");
        awaitOpen(rep.workspaceId(), called);
        ThirdPartyId inProgress =
                thirdParties.of(rep).named("Morel").create().thirdParty().id();
        management.changeStatus(rep, inProgress, ProspectStatus.IN_PROGRESS, null);
        awaitOpen(rep.workspaceId(), inProgress);
        ThirdPartyId quoted = new ThirdPartyId(java.util.UUID.fromString(party(rep, "Dupont")));
        markSent(rep, quote(rep, quoted.toString()));
        awaitOpen(rep.workspaceId(), quoted);
        thirdParties
                .of(rep)
                .named("Old customer")
                .with("prospect", false)
                .with("customer", true)
                .create();

        ok(rep, get("/api/v1/lost-reasons"), "");
        ok(admin, put("/api/v1/lost-reasons"), """
                {"version": 0, "reasons": [{"key": "PRICE"}, {"key": "TIMING"}, {"key": "COMPETITOR"},
                 {"key": "NOT_INTERESTED"}, {"key": "UNREACHABLE"}, {"key": "OTHER"}, {"key": "BUDGET", "label": "Budget"}]}""");
        ok(rep, get("/api/v1/settings/negotiation"), "");
        ok(admin, put("/api/v1/settings/negotiation"), """
                {"timeLimitDays": 90, "warningDays": 14, "callAgainMonths": 3, "checkInMonths": 6, "version": 0}""");
        ok(rep, get("/thirdparties/" + called), "");
        ok(rep, get("/thirdparties/" + called + "/lose"), "");
        ok(rep, post("/api/v1/thirdparties/" + called + "/lose"), """
                {"reason": "COMPETITOR", "competitor": "Acme"}""");
        ok(rep, get("/api/v1/thirdparties/" + called + "/losses"), "");
        ok(rep, get("/api/v1/thirdparties/" + called + "/negotiations"), "");
        ok(rep, get("/api/v1/lost-reasons/competitors"), "");
        ok(manager, get("/api/v1/reports/losses"), "");
        ok(manager, get("/reports"), "");
        ok(admin, get("/settings/negotiation"), "");
        ok(admin, get("/settings/lost-reasons"), "");

        var ws = rep.workspaceId();
        LocalDate warn = MONDAY.plusDays(76);
        on(warn);
        assertThat(deadlines.run(ws, warn)).isEqualTo(2);
        LocalDate past = MONDAY.plusDays(91);
        on(past);
        assertThat(timeouts.run(ws, past)).isEqualTo(2);
        LocalDate silent = MONDAY.plusMonths(7);
        on(silent);
        assertThat(checkIns.run(ws, silent)).isEqualTo(1);

        // the whole run as the job and the test endpoint do it: its claims, the four parts (quote advice too), each
        // of them DONE, none FAILED on a statement that would need another shard
        on(silent.plusDays(1));
        DailyRun.Report report = dailyRun.runNow(ws);
        assertThat(report.parts())
                .extracting(DailyRun.PartRun::part)
                .contains("negotiation-deadlines", "negotiation-timeouts", "check-ins", "quote-advice");
        assertThat(report.parts()).allSatisfy(p -> assertThat(p.outcome()).isEqualTo(DailyRun.Outcome.DONE));
        assertThat(dailyRun.runDue(ws).parts()).isEmpty();
    }
}
