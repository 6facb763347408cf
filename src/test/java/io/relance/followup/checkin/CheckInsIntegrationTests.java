package io.relance.followup.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.followup.FollowUpRule;
import io.relance.followup.NegotiationTest;
import io.relance.followup.TaskType;
import io.relance.party.ProspectStatus;
import io.relance.party.ThirdPartyId;
import io.relance.shared.RelanceUser;
import io.relance.shared.WorkspaceId;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Check-ins: a customer without outbound contact for six months (the default) gets a "check in" call for its owner,
 * once per such silence; a contact starts the count again; prospects and customers not to be contacted get none.
 */
class CheckInsIntegrationTests extends NegotiationTest {

    @Autowired
    CheckIns checkIns;

    @Autowired
    LastContacts contacts;

    private ThirdPartyId customer(RelanceUser owner, String name, ProspectStatus status) {
        return thirdParties
                .of(owner)
                .named(name)
                .with("prospect", false)
                .with("customer", true)
                .status(status)
                .create()
                .thirdParty()
                .id();
    }

    private int checkIns(WorkspaceId ws, LocalDate day) {
        return runOn(checkIns, ws, day);
    }

    @Test
    void aCustomerSilentForSixMonthsGetsOneCheckInTask() {
        RelanceUser alice = workspaces.rep();
        WorkspaceId ws = alice.workspaceId();
        on(MONDAY);
        ThirdPartyId dupont = customer(alice, "Dupont SA", ProspectStatus.CONTACTED);
        ThirdPartyId prospect = thirdParties
                .of(alice)
                .named("Only a prospect")
                .create()
                .thirdParty()
                .id();
        ThirdPartyId refusing = customer(alice, "Leave me alone", ProspectStatus.DO_NOT_CONTACT);

        for (LocalDate day = MONDAY; day.isBefore(MONDAY.plusMonths(6)); day = day.plusWeeks(2)) {
            assertThat(checkIns(ws, day)).as("on %s", day).isZero();
        }
        LocalDate sixMonths = MONDAY.plusMonths(6).plusDays(1); // Monday 5 July 2027
        assertThat(checkIns(ws, sixMonths)).isEqualTo(1);
        assertThat(checkIns(ws, sixMonths)).isZero();
        assertThat(checkIns(ws, sixMonths.plusWeeks(1))).isZero();

        assertThat(openTasks(ws, dupont, FollowUpRule.CHECK_IN)).singleElement().satisfies(t -> {
            assertThat(t.type()).isEqualTo(TaskType.CALL);
            assertThat(t.assignee()).isEqualTo(alice.userId());
            assertThat(t.dueDate()).isEqualTo(sixMonths);
            assertThat(t.title()).isEqualTo("followup.task.title.check-in");
        });
        assertThat(tasks.openForRule(ws, CheckIns.key(dupont))).isPresent();
        assertThat(openTasks(ws, prospect, FollowUpRule.CHECK_IN)).isEmpty();
        assertThat(openTasks(ws, refusing, FollowUpRule.CHECK_IN)).isEmpty();

        // done without any contact logged: nothing again until another six months of silence
        tasks.cancelForRule(ws, CheckIns.key(dupont));
        assertThat(checkIns(ws, sixMonths.plusMonths(3))).isZero();
        assertThat(checkIns(ws, sixMonths.plusMonths(6))).isEqualTo(1);
    }

    @Test
    void aContactStartsTheSilenceAgain() throws Exception {
        RelanceUser alice = workspaces.rep();
        WorkspaceId ws = alice.workspaceId();
        on(MONDAY);
        ThirdPartyId dupont = customer(alice, "Dupont SA", ProspectStatus.CONTACTED);
        on(MONDAY.plusMonths(4));
        send(alice, post("/api/v1/thirdparties/" + dupont + "/history"), """
                        {"type": "CALL", "direction": "OUTBOUND", "summary": "All good?"}""").andExpect(status().isCreated());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> contacts.lastContact(ws, dupont).isPresent());

        assertThat(checkIns(ws, MONDAY.plusMonths(6).plusDays(1))).isZero();
        assertThat(checkIns(ws, MONDAY.plusMonths(10).plusDays(1))).isEqualTo(1);
    }

    @Test
    void anotherWorkspacesRunPlansNothingHere() {
        RelanceUser alice = workspaces.rep();
        on(MONDAY);
        ThirdPartyId dupont = customer(alice, "Dupont SA", ProspectStatus.CONTACTED);
        WorkspaceId other = workspaces.create("Other").id();

        assertThat(checkIns(other, MONDAY.plusMonths(7))).isZero();
        assertThat(openTasks(alice.workspaceId(), dupont, FollowUpRule.CHECK_IN))
                .isEmpty();
    }
}
