package io.relance.followup.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relance.TwoThreads;
import io.relance.followup.FollowUpRule;
import io.relance.followup.FollowUpTasks;
import io.relance.followup.TaskType;
import io.relance.followup.TaskView;
import io.relance.followup.WorkingDays;
import io.relance.followup.calendar.CalendarStore;
import io.relance.history.HistoryManagement;
import io.relance.history.Target;
import io.relance.party.PageTest;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyTags;
import io.relance.shared.AdjustableClock;
import io.relance.shared.InvalidInputException;
import io.relance.shared.NotFoundException;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Classifying a third party: the task of each default's cadence, due on a working day of the workspace (its time
 * zone, weekends and holidays), one at a time; the tag swapped; the timeline.
 */
class ClassifyingIntegrationTests extends PageTest {

    /** Monday 7 December 2026, 09:00 in Paris (the fixtures' workspaces' zone). */
    static final Instant MONDAY_MORNING = Instant.parse("2026-12-07T08:00:00Z");

    @Autowired
    Classifying classifying;

    @Autowired
    FollowUpTasks followUp;

    @Autowired
    ThirdPartyTags tags;

    @Autowired
    CalendarStore calendars;

    @Autowired
    HistoryManagement history;

    @Autowired
    AdjustableClock clock;

    private ThirdPartyId prospect(RelanceUser owner) {
        return new ThirdPartyId(thirdParties.of(owner).named("Dupont").createUuid());
    }

    private List<TaskView> open(RelanceUser who, ThirdPartyId party) {
        return followUp.openOf(who.workspaceId(), party);
    }

    @ParameterizedTest(name = "{0} on Monday 7 December: {1}")
    @CsvSource({
        "potential,      2026-12-14",
        "promising,      2026-12-21",
        "likely,         2027-01-06",
        "undecided,      2027-02-05",
        "not-sure,       2026-12-21",
        "not-interested, none"
    })
    void eachDefaultPlansItsCallAfterItsDelay(String classification, String due) {
        clock.setTo(MONDAY_MORNING);
        RelanceUser rep = workspaces.rep();
        ThirdPartyId party = prospect(rep);

        classifying.classify(rep.workspaceId(), party, classification, rep.userId());

        if (due.equals("none")) {
            assertThat(open(rep, party)).isEmpty();
        } else {
            assertThat(open(rep, party)).singleElement().satisfies(t -> {
                assertThat(t.dueDate()).isEqualTo(LocalDate.parse(due));
                assertThat(t.type()).isEqualTo(TaskType.CALL);
                assertThat(t.rule()).isEqualTo(FollowUpRule.CLASSIFICATION);
                assertThat(t.assignee()).isEqualTo(rep.userId());
                assertThat(t.title()).startsWith(Classifying.TASK_TITLE + "|");
            });
        }
        assertThat(classifying.current(rep.workspaceId(), party))
                .hasValueSatisfying(c -> assertThat(c.key()).isEqualTo(classification));
    }

    @Test
    void aDueDateOnAWeekendMovesToMonday() {
        // Thursday 10 December: 30 days later is Saturday 9 January
        clock.setTo(Instant.parse("2026-12-10T10:00:00Z"));
        RelanceUser rep = workspaces.rep();
        ThirdPartyId party = prospect(rep);

        classifying.classify(rep.workspaceId(), party, "likely", rep.userId());

        assertThat(open(rep, party))
                .singleElement()
                .satisfies(t -> assertThat(t.dueDate()).isEqualTo(LocalDate.of(2027, 1, 11)));
    }

    @Test
    void aDueDateOnAHolidayMovesToTheNextWorkingDay() {
        clock.setTo(MONDAY_MORNING);
        RelanceUser rep = workspaces.rep();
        calendars.write(
                rep.workspaceId(),
                WorkingDays.MONDAY_TO_FRIDAY,
                Map.of(LocalDate.of(2026, 12, 21), "Closed", LocalDate.of(2026, 12, 22), "Closed too"));
        ThirdPartyId party = prospect(rep);

        classifying.classify(rep.workspaceId(), party, "promising", rep.userId());

        assertThat(open(rep, party))
                .singleElement()
                .satisfies(t -> assertThat(t.dueDate()).isEqualTo(LocalDate.of(2026, 12, 23)));
    }

    @Test
    void aWorkspaceThatWorksSaturdaysKeepsASaturdayDueDate() {
        clock.setTo(Instant.parse("2026-12-10T10:00:00Z"));
        RelanceUser rep = workspaces.rep();
        calendars.write(
                rep.workspaceId(),
                Set.of(
                        java.time.DayOfWeek.TUESDAY,
                        java.time.DayOfWeek.WEDNESDAY,
                        java.time.DayOfWeek.THURSDAY,
                        java.time.DayOfWeek.FRIDAY,
                        java.time.DayOfWeek.SATURDAY),
                Map.of());
        ThirdPartyId party = prospect(rep);

        classifying.classify(rep.workspaceId(), party, "likely", rep.userId());

        assertThat(open(rep, party))
                .singleElement()
                .satisfies(t -> assertThat(t.dueDate()).isEqualTo(LocalDate.of(2027, 1, 9)));
    }

    @Test
    void theDelayCountsFromTodayInTheWorkspacesTimeZone() {
        // 23:30 UTC on Sunday is already Monday 00:30 in Paris
        clock.setTo(Instant.parse("2026-12-06T23:30:00Z"));
        RelanceUser rep = workspaces.rep();
        ThirdPartyId party = prospect(rep);

        classifying.classify(rep.workspaceId(), party, "potential", rep.userId());

        assertThat(open(rep, party))
                .singleElement()
                .satisfies(t -> assertThat(t.dueDate()).isEqualTo(LocalDate.of(2026, 12, 14)));
    }

    @Test
    void reclassifyingReplacesThePendingTaskNeverTwo() {
        clock.setTo(MONDAY_MORNING);
        RelanceUser rep = workspaces.rep();
        ThirdPartyId party = prospect(rep);
        classifying.classify(rep.workspaceId(), party, "undecided", rep.userId());

        clock.setTo(Instant.parse("2026-12-09T08:00:00Z"));
        classifying.classify(rep.workspaceId(), party, "promising", rep.userId());

        assertThat(open(rep, party)).singleElement().satisfies(t -> {
            assertThat(t.dueDate()).isEqualTo(LocalDate.of(2026, 12, 23));
            assertThat(t.title()).isEqualTo(Classifying.TASK_TITLE + "|Promising");
        });
    }

    @Test
    void notInterestedCancelsThePendingTaskAndPlansNone() {
        clock.setTo(MONDAY_MORNING);
        RelanceUser rep = workspaces.rep();
        ThirdPartyId party = prospect(rep);
        classifying.classify(rep.workspaceId(), party, "promising", rep.userId());

        classifying.classify(rep.workspaceId(), party, "not-interested", rep.userId());

        assertThat(open(rep, party)).isEmpty();
        assertThat(followUp.openForRule(rep.workspaceId(), Classifying.ruleKey(party)))
                .isEmpty();
    }

    @Test
    void theTaskGoesToTheOwnerWhoeverClassifies() {
        var team = workspaces.team();
        ThirdPartyId party = prospect(team.alice());

        classifying.classify(
                team.alice().workspaceId(), party, "likely", team.manager().userId());

        assertThat(open(team.alice(), party))
                .singleElement()
                .satisfies(t -> assertThat(t.assignee()).isEqualTo(team.alice().userId()));
    }

    @Test
    void reclassifyingSwapsTheTagAndKeepsTheOthers() {
        RelanceUser rep = workspaces.rep();
        ThirdPartyId party = new ThirdPartyId(
                thirdParties.of(rep).named("Dupont").tagged("vip").createUuid());

        classifying.classify(rep.workspaceId(), party, "promising", rep.userId());
        assertThat(tags.of(rep.workspaceId(), party)).containsExactlyInAnyOrder("vip", "Promising");

        classifying.classify(rep.workspaceId(), party, "likely", rep.userId());
        assertThat(tags.of(rep.workspaceId(), party)).containsExactlyInAnyOrder("vip", "Likely");

        classifying.classify(rep.workspaceId(), party, "not-sure", rep.userId());
        assertThat(tags.of(rep.workspaceId(), party)).containsExactly("vip");
    }

    @Test
    void aTagTypedByHandBeforeIsNotTakenOffByAClassificationThatNeverPutIt() {
        RelanceUser rep = workspaces.rep();
        ThirdPartyId party = new ThirdPartyId(
                thirdParties.of(rep).named("Dupont").tagged("Promising").createUuid());

        classifying.classify(rep.workspaceId(), party, "not-sure", rep.userId());

        assertThat(tags.of(rep.workspaceId(), party)).containsExactly("Promising");
    }

    @Test
    void theTimelineSaysHowItWasClassified() {
        RelanceUser rep = workspaces.rep();
        ThirdPartyId party = prospect(rep);

        classifying.classify(rep.workspaceId(), party, "undecided", rep.userId());
        classifying.classify(rep.workspaceId(), party, "likely", rep.userId());

        var entries = history.timeline(
                        rep.workspaceId().value(),
                        Target.thirdParty(party.value()),
                        Set.of(ClassificationEntryTypes.CLASSIFIED),
                        PageRequest.of(10, null))
                .items();
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).summary()).isEqualTo("Likely");
        assertThat(entries.get(0).changes().get(0).before()).isEqualTo("Undecided");
        assertThat(entries.get(0).actorId()).isEqualTo(rep.userId().value());
    }

    @Test
    void anUnknownOrInactiveClassificationIsRefused() {
        RelanceUser rep = workspaces.rep();
        ThirdPartyId party = prospect(rep);

        assertThatThrownBy(() -> classifying.classify(rep.workspaceId(), party, "hot", rep.userId()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).problems().get(0).field())
                        .isEqualTo("classification"));
        assertThat(open(rep, party)).isEmpty();
        assertThat(classifying.current(rep.workspaceId(), party)).isEmpty();
    }

    @Test
    void aThirdPartyOfAnotherWorkspaceIsNotFound() {
        RelanceUser rep = workspaces.rep();
        ThirdPartyId party = prospect(rep);
        WorkspaceId other = workspaces.create("Other").id();

        assertThatThrownBy(() -> classifying.classify(other, party, "likely", rep.userId()))
                .isInstanceOf(NotFoundException.class);
        assertThat(open(rep, party)).isEmpty();
    }

    @Test
    void everyWorkspaceOffersTheSixDefaultsInItsReadersLanguage() {
        WorkspaceId ws = workspaces.create("Later").id();

        assertThat(classifying.active(ws, Locale.FRENCH))
                .extracting(ClassificationView::key)
                .containsExactly("potential", "promising", "likely", "undecided", "not-sure", "not-interested");
        assertThat(classifying.active(ws, Locale.FRENCH).get(1).label()).isEqualTo("Prometteur");
        assertThat(classifying.active(ws, Locale.GERMAN).get(5).label()).isEqualTo("Kein Interesse");
        assertThat(classifying.active(ws, Locale.ENGLISH).get(4).delayDays()).isEqualTo(14);
        assertThat(classifying.active(ws, Locale.ENGLISH).get(5).delayDays()).isNull();
    }

    @Test
    void twoClassificationsAtOnceLeaveOneOpenTask() throws Exception {
        RelanceUser rep = workspaces.rep();
        ThirdPartyId party = prospect(rep);
        TwoThreads.atOnce(() -> classify(rep, party, "promising"), () -> classify(rep, party, "likely"));

        String last =
                classifying.current(rep.workspaceId(), party).orElseThrow().key();
        assertThat(open(rep, party))
                .singleElement()
                .satisfies(t -> assertThat(t.title()).endsWith(last.equals("promising") ? "|Promising" : "|Likely"));
        assertThat(tags.of(rep.workspaceId(), party))
                .containsExactly(last.equals("promising") ? "Promising" : "Likely");
    }

    private Void classify(RelanceUser rep, ThirdPartyId party, String key) {
        classifying.classify(rep.workspaceId(), party, key, rep.userId());
        return null;
    }

    @Test
    void aMergeKeepsTheSurvivorsClassificationOrTakesTheDuplicates() throws Exception {
        RelanceUser rep = workspaces.rep();
        var survivor = thirdParties.of(rep).named("Dupont").create();
        var duplicate = thirdParties.of(rep).named("Dupont bis").create();
        ThirdPartyId survivorId = survivor.thirdParty().id();
        classifying.classify(rep.workspaceId(), duplicate.thirdParty().id(), "likely", rep.userId());

        mergeInApi(rep, "/api/v1/thirdparties/" + survivorId.value(), duplicate)
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk());

        assertThat(classifying.current(rep.workspaceId(), survivorId))
                .hasValueSatisfying(c -> assertThat(c.key()).isEqualTo("likely"));
        assertThat(classifying.current(rep.workspaceId(), duplicate.thirdParty().id()))
                .isEmpty();
        // its tag came along with the party module's merge, and is swapped at the next classification
        classifying.classify(rep.workspaceId(), survivorId, "promising", rep.userId());
        assertThat(tags.of(rep.workspaceId(), survivorId)).containsExactly("Promising");
    }
}
