package io.relance.followup.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relance.followup.TaskCancelled;
import io.relance.followup.TaskCompleted;
import io.relance.followup.TaskPlanned;
import io.relance.followup.TaskReassigned;
import io.relance.followup.TaskStatus;
import io.relance.followup.TaskTarget;
import io.relance.followup.TaskType;
import io.relance.party.ThirdPartyId;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TaskUnitTests {

    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    static final UserId ALICE = new UserId(UUID.randomUUID());
    static final UserId BOB = new UserId(UUID.randomUUID());

    static Task call() {
        return Task.plan(
                new WorkspaceId(UUID.randomUUID()),
                TaskType.CALL,
                TaskTarget.of(new ThirdPartyId(UUID.randomUUID())),
                ALICE,
                LocalDate.of(2026, 12, 2),
                LocalTime.of(10, 30),
                "Call about the roof",
                null,
                ALICE,
                NOW);
    }

    @Test
    void aPlannedTaskIsOpenAndSaysSo() {
        Task task = call();

        assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(task.takeEvents()).singleElement().isInstanceOf(TaskPlanned.class);
        assertThat(task.view().overdue(LocalDate.of(2026, 12, 3))).isTrue();
        assertThat(task.view().overdue(LocalDate.of(2026, 12, 2))).isFalse();
    }

    @Test
    void completingKeepsTheOutcomeAndTheClassification() {
        Task task = call();
        task.takeEvents();

        task.complete("Interested, call in a week", "promising", ALICE, NOW);

        assertThat(task.status()).isEqualTo(TaskStatus.DONE);
        assertThat(task.closedAt()).isEqualTo(NOW);
        assertThat(task.takeEvents()).singleElement().isInstanceOfSatisfying(TaskCompleted.class, e -> {
            assertThat(e.outcome()).isEqualTo("Interested, call in a week");
            assertThat(e.classification()).isEqualTo("promising");
        });
    }

    @Test
    void snoozingAndReassigningKeepTheTaskOpen() {
        Task task = call();

        task.snooze(LocalDate.of(2026, 12, 9));
        task.reassign(BOB, ALICE);

        assertThat(task.dueDate()).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(task.dueTime()).isEqualTo(LocalTime.of(10, 30));
        assertThat(task.assignee()).isEqualTo(BOB);
        assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
    }

    @Test
    void givingItToSomeoneElseSaysWhoGaveItToWhomAndGivingItToTheSameOneSaysNothing() {
        Task task = call();
        task.takeEvents();
        UserId manager = new UserId(UUID.randomUUID());

        task.reassign(ALICE, manager);
        assertThat(task.takeEvents()).isEmpty();

        task.reassign(BOB, manager);
        assertThat(task.takeEvents()).singleElement().isInstanceOfSatisfying(TaskReassigned.class, e -> {
            assertThat(e.from()).isEqualTo(ALICE);
            assertThat(e.to()).isEqualTo(BOB);
            assertThat(e.by()).isEqualTo(manager);
            assertThat(e.dueDate()).isEqualTo(LocalDate.of(2026, 12, 2));
        });
    }

    @Test
    void aClosedTaskNoLongerChanges() {
        Task task = call();
        task.cancel(ALICE, NOW);
        assertThat(task.takeEvents()).last().isInstanceOf(TaskCancelled.class);

        assertThatThrownBy(() -> task.complete("done", null, ALICE, NOW)).isInstanceOf(TaskClosedException.class);
        assertThatThrownBy(() -> task.snooze(LocalDate.of(2026, 12, 9))).isInstanceOf(TaskClosedException.class);
        assertThatThrownBy(() -> task.reassign(BOB, ALICE)).isInstanceOf(TaskClosedException.class);
        assertThatThrownBy(() -> task.cancel(ALICE, NOW)).isInstanceOf(TaskClosedException.class);
    }
}
