package io.relance.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.TwoThreads;
import io.relance.party.PageTest;
import io.relance.party.ThirdPartyId;
import io.relance.shared.RelanceUser;
import io.relance.shared.WorkspaceId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The tasks rules plan: one open per rule key, planned again once closed, replaced, cancelled, never two at once. */
class FollowUpTasksIntegrationTests extends PageTest {

    @Autowired
    FollowUpTasks followUp;

    private RuleTask planned(RelanceUser owner, ThirdPartyId party, String key, LocalDate due) {
        return new RuleTask(
                owner.workspaceId(),
                FollowUpRule.CLASSIFICATION,
                key,
                TaskType.CALL,
                TaskTarget.of(party),
                owner.userId(),
                due,
                "Call back",
                null);
    }

    @Test
    void aRulePlansOneOpenTaskPerKeyAndAgainOnceItIsClosed() {
        RelanceUser alice = workspaces.rep();
        ThirdPartyId party =
                new ThirdPartyId(thirdParties.of(alice).named("Dupont").createUuid());
        String key = "classification:" + party;

        Optional<TaskId> first = followUp.openForRule(planned(alice, party, key, LocalDate.of(2026, 12, 7)));
        Optional<TaskId> second = followUp.openForRule(planned(alice, party, key, LocalDate.of(2026, 12, 9)));

        assertThat(first).isPresent();
        assertThat(second).isEmpty();
        assertThat(followUp.openOf(alice.workspaceId(), party)).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(first.get());
            assertThat(t.origin()).isEqualTo(TaskOrigin.RULE);
            assertThat(t.rule()).isEqualTo(FollowUpRule.CLASSIFICATION);
            assertThat(t.dueDate()).isEqualTo(LocalDate.of(2026, 12, 7));
        });

        assertThat(followUp.cancelForRule(alice.workspaceId(), key)).isTrue();
        assertThat(followUp.cancelForRule(alice.workspaceId(), key)).isFalse();
        assertThat(followUp.openForRule(planned(alice, party, key, LocalDate.of(2026, 12, 9))))
                .isPresent();
    }

    @Test
    void replacingKeepsOneOpenTaskTheNewOne() {
        RelanceUser alice = workspaces.rep();
        ThirdPartyId party =
                new ThirdPartyId(thirdParties.of(alice).named("Dupont").createUuid());
        String key = "classification:" + party;
        followUp.openForRule(planned(alice, party, key, LocalDate.of(2026, 12, 7)));

        TaskId replacing = followUp.replaceForRule(planned(alice, party, key, LocalDate.of(2027, 1, 4)));

        assertThat(followUp.openOf(alice.workspaceId(), party)).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(replacing);
            assertThat(t.dueDate()).isEqualTo(LocalDate.of(2027, 1, 4));
        });
    }

    @Test
    void twoThreadsPlanningTheSameKeyAtOnceCreateOneTask() throws Exception {
        RelanceUser alice = workspaces.rep();
        ThirdPartyId party =
                new ThirdPartyId(thirdParties.of(alice).named("Dupont").createUuid());
        String key = "classification:" + party;
        List<Optional<TaskId>> runs =
                TwoThreads.atOnce(() -> followUp.openForRule(planned(alice, party, key, LocalDate.of(2026, 12, 7))));
        assertThat(runs).filteredOn(Optional::isPresent).hasSize(1);
        assertThat(followUp.openOf(alice.workspaceId(), party)).hasSize(1);
    }

    @Test
    void anotherWorkspaceDoesNotSeeTheTasks() {
        RelanceUser alice = workspaces.rep();
        ThirdPartyId party =
                new ThirdPartyId(thirdParties.of(alice).named("Dupont").createUuid());
        String key = "classification:" + party;
        followUp.openForRule(planned(alice, party, key, LocalDate.of(2026, 12, 7)));
        WorkspaceId other = workspaces.create("Other").id();

        assertThat(followUp.openOf(other, party)).isEmpty();
        assertThat(followUp.openForRule(other, key)).isEmpty();
        assertThat(followUp.cancelForRule(other, key)).isFalse();
        assertThat(followUp.openOf(alice.workspaceId(), party)).hasSize(1);
    }
}
