package io.relance.pipeline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.pipeline.DealTest;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceFixture.Team;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The funnel of the sale pipeline over March 2027, from deals opened, acted on and moved through the API as the clock
 * moves: entries, conversion, the median stay, the losses with their reasons; an owner's deals; a rep's own; the CSV;
 * the page; bad periods; another workspace's pipeline.
 */
class FunnelReportIntegrationTests extends DealTest {

    static final String MARCH = "/api/v1/reports/funnel?pipeline=sale&from=2027-03-01&to=2027-03-31";

    Team team;

    /**
     * Lambert (Alice's): opened on the 10th, inquiry on the 12th, answered on the 16th; Martin (Alice's): opened on
     * the 10th, refused on the 14th; Petit (Bob's): opened on the 10th, still there.
     */
    @BeforeEach
    void threeDeals() throws Exception {
        team = workspaces.team();
        String lambert = sale(team.alice(), party(team.alice(), "Famille Lambert"));
        String martin = sale(team.alice(), party(team.alice(), "Famille Martin"));
        sale(team.bob(), party(team.bob(), "Famille Petit"));
        at(2);
        act(team.alice(), lambert, "INQUIRY", "");
        at(4);
        act(team.alice(), martin, "REFUSAL", "\"summary\": \"=Found another house\"");
        at(6);
        act(team.alice(), lambert, "INQUIRY_ANSWERED", "");
    }

    void at(int daysLater) {
        clock.setTo(NOW.plus(Duration.ofDays(daysLater)));
    }

    Map<String, Object> phase(RelanceUser who, String path, String key) throws Exception {
        List<Map<String, Object>> found = read(who, path, "$.phases[?(@.key == '" + key + "')]");
        return found.get(0);
    }

    @Test
    void aFunnelCountsEntriesConversionTheMedianStayAndTheLossesWithTheirReasons() throws Exception {
        Map<String, Object> contacted = phase(team.manager(), MARCH, "matching-contacted");
        assertThat(contacted)
                .containsEntry("entries", 3)
                .containsEntry("advanced", 1) // Lambert went on; Martin's refusal is a loss, not a step forward
                .containsEntry("conversion", 33)
                .containsEntry("stillIn", 1)
                .containsEntry("medianDays", 3.0) // two days and four days
                .containsEntry("label", "Contacted via matching");
        assertThat(phase(team.manager(), MARCH, "inquiry-received"))
                .containsEntry("entries", 1)
                .containsEntry("advanced", 1)
                .containsEntry("conversion", 100)
                .containsEntry("medianDays", 4.0);
        assertThat(phase(team.manager(), MARCH, "inquiry-answered"))
                .containsEntry("entries", 1)
                .containsEntry("stillIn", 1)
                .containsEntry("medianDays", null);
        assertThat(phase(team.manager(), MARCH, "cancelled")).containsEntry("conversion", null);
        assertThat((Integer) read(team.manager(), MARCH, "$.won")).isZero();
        assertThat((Integer) read(team.manager(), MARCH, "$.lost")).isEqualTo(1);
        assertThat((String) read(team.manager(), MARCH, "$.lostReasons[0].reason"))
                .isEqualTo("=Found another house");
        assertThat((List<String>) read(team.manager(), MARCH, "$.phases[*].key"))
                .startsWith("matching-contacted", "inquiry-received", "inquiry-answered")
                .endsWith("contract-signed", "cancelled");
    }

    @Test
    void anOwnersFunnelCountsHisDealsAndARepOnlyEverSeesHisOwn() throws Exception {
        String alices = MARCH + "&owner=" + team.alice().userId().value();
        assertThat(phase(team.manager(), alices, "matching-contacted")).containsEntry("entries", 2);
        assertThat(phase(team.bob(), MARCH, "matching-contacted")).containsEntry("entries", 1);
        assertThat(phase(team.bob(), alices, "matching-contacted")).containsEntry("entries", 1);
        assertThat(phase(team.alice(), MARCH + "&owner=me", "matching-contacted"))
                .containsEntry("entries", 2);
    }

    @Test
    void aPeriodCountsTheDealsThatCameIntoAPhaseWithinIt() throws Exception {
        String before = "/api/v1/reports/funnel?pipeline=sale&from=2027-02-01&to=2027-03-09";
        assertThat(phase(team.manager(), before, "matching-contacted")).containsEntry("entries", 0);
        String later = "/api/v1/reports/funnel?pipeline=sale&from=2027-03-15&to=2027-03-16";
        assertThat(phase(team.manager(), later, "inquiry-answered")).containsEntry("entries", 1);
        assertThat(phase(team.manager(), later, "inquiry-received")).containsEntry("entries", 0);
    }

    @Test
    void theCsvHasALinePerPhaseAndTheReasonsWithFormulasDisarmed() throws Exception {
        String csv = body(mvc.perform(get(MARCH).with(user(team.manager())).header("Accept", "text/csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string(
                                "Content-Disposition",
                                "attachment; filename=\"funnel-sale-2027-03-01-2027-03-31.csv\"")));
        assertThat(csv.split("\r\n"))
                .contains(
                        "Phase,Entries,Went on,Conversion (%),Still in it,Median days in phase",
                        "Contacted via matching,3,1,33,1,3.0", "'=Found another house,1");
        String page = body(mvc.perform(get("/reports/funnel.csv?pipeline=sale&from=2027-03-01&to=2027-03-31")
                        .with(user(team.manager())))
                .andExpect(status().isOk()));
        assertThat(page).startsWith("Phase,Entries,Went on,");
    }

    @Test
    void thePageShowsThePhasesAndTheFormKeepsABadPeriod() throws Exception {
        assertThat(pageAs(team.manager(), "/reports/funnel?from=2027-03-01&to=2027-03-31"))
                .contains("Contacted via matching")
                .contains("id=\"owner\"")
                .contains("/reports/funnel.csv?pipeline=sale");
        assertThat(pageAs(team.bob(), "/reports/funnel?from=2027-03-01&to=2027-03-31"))
                .doesNotContain("id=\"owner\"");
        String refused = pageAs(team.manager(), "/reports/funnel?from=2027-04-01&to=2027-03-01");
        assertThat(refused).contains("The start is after the end.").contains("value=\"2027-04-01\"");
    }

    @Test
    void badFieldsAreFieldErrorsAndAnUnknownPipelineIs404() throws Exception {
        sendRefused(
                team.manager(), get("/api/v1/reports/funnel?pipeline=sale&from=2027-04-01&to=2027-03-01"), "", "from");
        sendRefused(team.manager(), get("/api/v1/reports/funnel?pipeline=sale&to=31.03.2027"), "", "to");
        sendRefused(
                team.manager(), get("/api/v1/reports/funnel?pipeline=sale&from=2020-01-01&to=2027-03-01"), "", "to");
        sendRefused(team.manager(), get("/api/v1/reports/funnel?pipeline=sale&owner=alice"), "", "owner");
        sendRefused(team.manager(), get("/api/v1/reports/funnel"), "", "pipeline");
        mvc.perform(get("/api/v1/reports/funnel?pipeline=nope").with(user(team.manager())))
                .andExpect(status().isNotFound());
    }

    @Test
    void anotherWorkspaceGets404ForThisWorkspacesPipelineAndSeesNoneOfItsDeals() throws Exception {
        send(team.acme().admin(), post("/api/v1/pipelines"), """
                {"key": "renovation", "name": "Renovation", "objectType": "RENOVATION"}""").andExpect(status().isCreated());
        RelanceUser stranger = workspaces.team().manager();
        mvc.perform(get("/api/v1/reports/funnel?pipeline=renovation").with(user(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reports/funnel.csv?pipeline=renovation").with(user(stranger)))
                .andExpect(status().isNotFound());
        assertThat(phase(stranger, MARCH, "matching-contacted")).containsEntry("entries", 0);
        mvc.perform(get("/api/v1/reports/funnel?pipeline=renovation").with(user(team.manager())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phases[0].entries").value(0));
    }
}
