package io.relance.followup.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.followup.FollowUpRule;
import io.relance.followup.NegotiationTest;
import io.relance.followup.TaskType;
import io.relance.followup.lost.Losing;
import io.relance.followup.lost.Losses;
import io.relance.followup.lost.LostReason;
import io.relance.followup.lost.NegotiationTimeouts;
import io.relance.party.ProspectStatus;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.shared.RelanceUser;
import io.relance.shared.WorkspaceId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The time limit, the test clock moved through the weeks: the "decide or close" task 14 days before it, the time-out
 * the day after it (lost, TIMED_OUT, on the timeline, status CONTACTED, "call again" after the pause); each daily part
 * run twice plans and closes nothing twice.
 */
class NegotiationTimeLimitIntegrationTests extends NegotiationTest {

    @Autowired
    NegotiationDeadlines deadlines;

    @Autowired
    NegotiationTimeouts timeouts;

    @Autowired
    Negotiations repository;

    @Autowired
    Losses losses;

    @Autowired
    ThirdPartyLookup lookup;

    private ThirdPartyId startedOnMonday(RelanceUser owner, ProspectStatus status) {
        on(MONDAY);
        return negotiating(owner, status);
    }

    private int deadlines(WorkspaceId ws, LocalDate day) {
        return runOn(deadlines, ws, day);
    }

    private int timeouts(WorkspaceId ws, LocalDate day) {
        return runOn(timeouts, ws, day);
    }

    @Test
    void fourteenDaysBeforeTheLimitTheOwnerIsToldToDecideOrCloseOnce() {
        RelanceUser alice = workspaces.rep();
        WorkspaceId ws = alice.workspaceId();
        ThirdPartyId lambert = startedOnMonday(alice, ProspectStatus.TO_CONTACT);
        LocalDate limit = MONDAY.plusDays(90); // Sunday 4 April 2027

        for (LocalDate day = MONDAY; day.isBefore(limit.minusDays(14)); day = day.plusWeeks(1)) {
            assertThat(deadlines(ws, day)).as("on %s", day).isZero();
        }
        assertThat(deadlines(ws, limit.minusDays(15))).isZero();
        assertThat(deadlines(ws, limit.minusDays(14))).isEqualTo(1);
        assertThat(deadlines(ws, limit.minusDays(14))).isZero();
        assertThat(deadlines(ws, limit.minusDays(10))).isZero();

        var negotiation = negotiations.openOf(ws, lambert).orElseThrow();
        assertThat(openTasks(ws, lambert, FollowUpRule.NEGOTIATION_DEADLINE))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.assignee()).isEqualTo(alice.userId());
                    assertThat(t.type()).isEqualTo(TaskType.TODO);
                    assertThat(t.title()).isEqualTo("followup.task.title.decide-or-close");
                    assertThat(t.dueDate()).isEqualTo(LocalDate.of(2027, 3, 22)); // limit - 14 is a Sunday
                });
        assertThat(tasks.openForRule(ws, NegotiationManagement.deadlineKey(negotiation.id())))
                .isPresent();

        // done, the warning is not given again
        tasks.cancelForRule(ws, NegotiationManagement.deadlineKey(negotiation.id()));
        assertThat(deadlines(ws, limit.minusDays(3))).isZero();
        assertThat(openTasks(ws, lambert, FollowUpRule.NEGOTIATION_DEADLINE)).isEmpty();
    }

    @Test
    void pastTheLimitTheNegotiationIsLostAsTimedOutAndTheOwnerCallsAgainAfterThePause() {
        RelanceUser alice = workspaces.rep();
        WorkspaceId ws = alice.workspaceId();
        ThirdPartyId lambert = startedOnMonday(alice, ProspectStatus.IN_PROGRESS);
        LocalDate limit = MONDAY.plusDays(90);
        deadlines(ws, limit.minusDays(14));

        for (LocalDate day = MONDAY.plusWeeks(1); !day.isAfter(limit); day = day.plusWeeks(1)) {
            assertThat(timeouts(ws, day)).as("on %s", day).isZero();
        }
        assertThat(timeouts(ws, limit)).isZero();
        assertThat(negotiations.openOf(ws, lambert)).isPresent();

        LocalDate after = limit.plusDays(1); // Monday 5 April 2027
        assertThat(timeouts(ws, after)).isEqualTo(1);
        assertThat(timeouts(ws, after)).isZero();
        assertThat(timeouts(ws, after.plusWeeks(1))).isZero();

        assertThat(negotiations.openOf(ws, lambert)).isEmpty();
        assertThat(repository.of(ws, lambert)).singleElement().satisfies(n -> {
            assertThat(n.status()).isEqualTo(NegotiationStatus.LOST);
            assertThat(n.endedBy()).isNull();
            assertThat(n.lossId()).isNotNull();
        });
        assertThat(losses.of(ws, lambert)).singleElement().satisfies(l -> {
            assertThat(l.reason()).isEqualTo(LostReason.TIMED_OUT);
            assertThat(l.by()).isNull();
        });
        assertThat(lookup.find(ws, lambert).orElseThrow().status()).isEqualTo(ProspectStatus.CONTACTED);
        assertThat(timeline(ws, lambert, "followup.lost"))
                .singleElement()
                .satisfies(e -> assertThat(e.snapshot()).containsEntry("reason", "TIMED_OUT"));
        assertThat(openTasks(ws, lambert, FollowUpRule.NEGOTIATION_DEADLINE)).isEmpty();
        assertThat(openTasks(ws, lambert, FollowUpRule.CALL_AGAIN))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.dueDate()).isEqualTo(LocalDate.of(2027, 7, 5)); // three months on, a Monday
                    assertThat(t.assignee()).isEqualTo(alice.userId());
                    assertThat(t.type()).isEqualTo(TaskType.CALL);
                    assertThat(t.title()).isEqualTo("followup.task.title.call-again");
                });
        assertThat(tasks.openForRule(ws, Losing.callAgainKey(lambert))).isPresent();
    }

    @Test
    void aThirdPartyNotToBeContactedTimesOutButKeepsItsStatusAndGetsNoCall() {
        RelanceUser alice = workspaces.rep();
        WorkspaceId ws = alice.workspaceId();
        ThirdPartyId lambert = startedOnMonday(alice, ProspectStatus.DO_NOT_CONTACT);

        assertThat(timeouts(ws, MONDAY.plusDays(91))).isEqualTo(1);

        assertThat(lookup.find(ws, lambert).orElseThrow().status()).isEqualTo(ProspectStatus.DO_NOT_CONTACT);
        assertThat(openTasks(ws, lambert, FollowUpRule.CALL_AGAIN)).isEmpty();
        assertThat(losses.of(ws, lambert)).hasSize(1);
    }

    @Test
    void aShorterTimeLimitSetByTheAdminAppliesToOpenNegotiations() {
        var acme = workspaces.create("Acme");
        RelanceUser alice = acme.rep("Alice");
        WorkspaceId ws = alice.workspaceId();
        ThirdPartyId lambert = startedOnMonday(alice, ProspectStatus.IN_PROGRESS);
        negotiations.changeSettings(acme.admin(), new NegotiationSettings(30, 7, 1, 6, 0));

        assertThat(deadlines(ws, MONDAY.plusDays(22))).isZero();
        assertThat(deadlines(ws, MONDAY.plusDays(23))).isEqualTo(1);
        assertThat(timeouts(ws, MONDAY.plusDays(30))).isZero();
        assertThat(timeouts(ws, MONDAY.plusDays(31))).isEqualTo(1);
        assertThat(openTasks(ws, lambert, FollowUpRule.CALL_AGAIN))
                .singleElement()
                .satisfies(t -> assertThat(t.dueDate()).isEqualTo(LocalDate.of(2027, 3, 4))); // 4 Feb + 1 month
    }

    @Test
    void anotherWorkspacesRunTouchesNothingHere() {
        RelanceUser alice = workspaces.rep();
        ThirdPartyId lambert = startedOnMonday(alice, ProspectStatus.IN_PROGRESS);
        WorkspaceId other = workspaces.create("Other").id();

        assertThat(deadlines(other, MONDAY.plusDays(80))).isZero();
        assertThat(timeouts(other, MONDAY.plusDays(100))).isZero();

        assertThat(negotiations.openOf(alice.workspaceId(), lambert)).isPresent();
    }
}
