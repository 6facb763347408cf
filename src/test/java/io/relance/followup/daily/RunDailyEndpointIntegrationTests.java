package io.relance.followup.daily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.MvcTest;
import io.relance.party.ThirdPartyFixture;
import io.relance.shared.AdjustableClock;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceFixture.TestWorkspace;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code POST /api/v1/testing/run-daily} with the test clock enabled: an admin runs his workspace's daily work at
 * once, for its today by the moved clock, and reads each part's outcome; a rep may not; another workspace's work is
 * left alone. (The same properties as the other open-instance tests: one application context for them all.)
 */
@TestPropertySource(properties = {"relance.signup.enabled=true", "relance.testing.clock-enabled=true"})
class RunDailyEndpointIntegrationTests extends MvcTest {

    @Autowired
    ProbeDailyWork probe;

    @Autowired
    ThirdPartyFixture thirdParties;

    @Autowired
    AdjustableClock clock;

    @Test
    void anAdminRunsHisWorkspacesDailyWorkAtOnceAndReadsWhatItDid() throws Exception {
        TestWorkspace acme = workspaces.create("Acme");
        RelanceUser rita = acme.rep("Rita");
        thirdParties.of(rita).named("Dupont").createUuid();
        thirdParties.of(rita).named("Martin").createUuid();
        TestWorkspace globex = workspaces.create("Globex");
        thirdParties.of(globex.rep("Gina")).named("Other").createUuid();
        probe.arm(acme.id(), -1, LocalTime.of(23, 0)); // an hour the endpoint does not wait for
        probe.arm(globex.id());
        clock.setTo(LocalDate.of(2031, 3, 10)
                .atTime(9, 0)
                .atZone(ZoneId.of("Europe/Paris"))
                .toInstant());

        send(acme.admin(), post("/api/v1/testing/run-daily"), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2031-03-10"))
                .andExpect(
                        jsonPath("$.parts[?(@.part == 'test-probe')].outcome").value("DONE"))
                .andExpect(jsonPath("$.parts[?(@.part == 'test-probe')].items").value(2));
        // again: done already, nothing twice
        send(acme.admin(), post("/api/v1/testing/run-daily"), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parts[?(@.part == 'test-probe')].items").value(0));

        assertThat(probe.openTasks(acme.id())).hasSize(2);
        assertThat(probe.openTasks(globex.id())).isEmpty();
    }

    @Test
    void aRepMayNotRunTheDailyWork() throws Exception {
        TestWorkspace acme = workspaces.create("Acme");
        probe.arm(acme.id());
        thirdParties.of(acme.admin()).named("Dupont").createUuid();

        send(acme.rep("Rita"), post("/api/v1/testing/run-daily"), "").andExpect(status().isForbidden());
        send(acme.manager("Maud"), post("/api/v1/testing/run-daily"), "").andExpect(status().isForbidden());

        assertThat(probe.runs(acme.id())).isZero();
    }
}
