package io.relance.followup.daily;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.TwoThreads;
import io.relance.party.PageTest;
import io.relance.shared.AdjustableClock;
import io.relance.shared.RelanceUser;
import io.relance.shared.WorkspaceId;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The daily run over a workspace with the probe part armed (it plans a to-do per third party): twice at once on two
 * threads it plans each task once; a crash in the middle then a rerun completes without a duplicate, after a
 * pause; a part waits for its hour of the workspace's day; the next day runs again.
 */
class DailyRunIntegrationTests extends PageTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    DailyRun run;

    @Autowired
    DailyRuns runs;

    @Autowired
    ProbeDailyWork probe;

    @Autowired
    AdjustableClock clock;

    RelanceUser rep;
    WorkspaceId ws;
    LocalDate day;

    @BeforeEach
    void aWorkspaceWithFourThirdParties() {
        rep = workspaces.rep();
        ws = rep.workspaceId();
        for (String name : List.of("Dupont", "Martin", "Durand", "Lambert")) {
            thirdParties.of(rep).named(name).createUuid();
        }
        day = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1);
        at(0, "06:00");
    }

    /** The clock at this time in Paris (the fixture workspaces' zone) of the test's day, plus days. */
    void at(int plusDays, String parisTime) {
        clock.setTo(day.plusDays(plusDays)
                .atTime(LocalTime.parse(parisTime))
                .atZone(PARIS)
                .toInstant());
    }

    DailyRun.PartRun probeOf(DailyRun.Report report) {
        return report.parts().stream()
                .filter(p -> p.part().equals(ProbeDailyWork.NAME))
                .findFirst()
                .orElse(null);
    }

    @Test
    void theRunTwiceAtOnceOnTwoThreadsCreatesNothingTwice() throws Exception {
        probe.arm(ws);

        List<DailyRun.Report> reports = TwoThreads.atOnce(() -> run.runDue(ws));

        assertThat(probe.openTasks(ws))
                .hasSize(4)
                .allSatisfy((party, n) -> assertThat(n).isEqualTo(1));
        // one thread claimed the part, the other left it
        assertThat(reports.stream().map(this::probeOf).filter(p -> p != null))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.outcome()).isEqualTo(DailyRun.Outcome.DONE);
                    assertThat(p.items()).isEqualTo(4);
                });
        assertThat(probe.runs(ws)).isEqualTo(1);

        // the test endpoint's way, twice at once, past any claim: the part runs twice and plans nothing more
        List<DailyRun.Report> forced = TwoThreads.atOnce(() -> run.runNow(ws));
        assertThat(forced).allSatisfy(r -> assertThat(probeOf(r).items()).isZero());
        assertThat(probe.openTasks(ws))
                .hasSize(4)
                .allSatisfy((party, n) -> assertThat(n).isEqualTo(1));
    }

    @Test
    void aCrashInTheMiddleThenARerunCompletesWithoutDuplicatesAfterAPause() {
        probe.arm(ws, 2, LocalTime.MIDNIGHT);

        DailyRun.PartRun crashed = probeOf(run.runDue(ws));

        assertThat(crashed.outcome()).isEqualTo(DailyRun.Outcome.FAILED);
        assertThat(probe.openTasks(ws)).hasSize(2);
        DailyRuns.Row row =
                runs.find(new DailyRuns.Key(ws, day, ProbeDailyWork.NAME)).orElseThrow();
        assertThat(row.done()).isFalse();
        assertThat(row.lastError()).contains("The node died");

        // the next rounds of the job leave it alone until its pause is over
        at(0, "06:04");
        assertThat(probeOf(run.runDue(ws))).isNull();
        at(0, "06:06");
        DailyRun.PartRun rerun = probeOf(run.runDue(ws));

        assertThat(rerun.outcome()).isEqualTo(DailyRun.Outcome.DONE);
        assertThat(rerun.items()).isEqualTo(2);
        assertThat(probe.openTasks(ws))
                .hasSize(4)
                .allSatisfy((party, n) -> assertThat(n).isEqualTo(1));
        assertThat(runs.find(new DailyRuns.Key(ws, day, ProbeDailyWork.NAME)).orElseThrow())
                .satisfies(r -> {
                    assertThat(r.done()).isTrue();
                    assertThat(r.attempts()).isEqualTo(2);
                    assertThat(r.lastError()).isNull();
                });
        // done for the day: later rounds do not run it again
        at(0, "18:00");
        assertThat(probeOf(run.runDue(ws))).isNull();
        assertThat(probe.runs(ws)).isEqualTo(2);
    }

    @Test
    void aPartWaitsForItsHourOfTheWorkspaceDayAndRunsAgainTheNextDay() {
        probe.arm(ws, -1, LocalTime.of(8, 0));

        at(0, "07:59");
        assertThat(probeOf(run.runDue(ws))).isNull();
        at(0, "08:00");
        assertThat(probeOf(run.runDue(ws)).outcome()).isEqualTo(DailyRun.Outcome.DONE);
        at(0, "23:59");
        assertThat(probeOf(run.runDue(ws))).isNull();

        at(1, "08:30");
        DailyRun.Report nextDay = run.runDue(ws);
        assertThat(nextDay.date()).isEqualTo(day.plusDays(1));
        assertThat(probeOf(nextDay).outcome()).isEqualTo(DailyRun.Outcome.DONE);
        assertThat(probe.runs(ws)).isEqualTo(2);
    }

    @Test
    void theJobsRoundRunsEveryWorkspaceWhoseDayHasCome() {
        probe.arm(ws);
        RelanceUser other = workspaces.create("Other").rep("Olga");
        thirdParties.of(other).named("Other client").createUuid();
        probe.arm(other.workspaceId());

        run.runDue();

        assertThat(probe.openTasks(ws)).hasSize(4);
        assertThat(probe.openTasks(other.workspaceId())).hasSize(1);
        assertThat(runs.doneOn(ws, day)).contains(ProbeDailyWork.NAME);
    }

    @Test
    void thePauseAfterFailuresGrowsToSixHours() {
        assertThat(DailyRun.pause(1)).isEqualTo(Duration.ofMinutes(5));
        assertThat(DailyRun.pause(2)).isEqualTo(Duration.ofMinutes(10));
        assertThat(DailyRun.pause(4)).isEqualTo(Duration.ofMinutes(40));
        assertThat(DailyRun.pause(20)).isEqualTo(Duration.ofHours(6));
    }
}
