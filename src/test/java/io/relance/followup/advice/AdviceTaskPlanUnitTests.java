package io.relance.followup.advice;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.followup.TaskType;
import io.relance.followup.WorkingDays;
import io.relance.tracking.AdviceCode;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each piece of advice and the task it becomes: its type, title and due day (a Saturday as today). */
class AdviceTaskPlanUnitTests {

    static final LocalDate SATURDAY = LocalDate.of(2031, 3, 8);

    @ParameterizedTest(name = "{0} → {1} due {3}")
    @CsvSource({
        "NOT_OPENED,         SMS,  advice-not-opened, 2031-03-10",
        "CALL_AFTER_SILENCE, CALL, advice-call,       2031-03-10",
        "RECONNECT,          CALL, advice-reconnect,  2031-03-08",
        "EXPIRES_SOON,       CALL, advice-expires,    2031-03-08",
    })
    void eachAdviceBecomesItsTask(AdviceCode code, TaskType type, String title, LocalDate due) {
        Optional<AdviceTaskPlan> plan = AdviceTaskPlan.of(code, "QU3103-0007", SATURDAY, WorkingDays.standard());

        assertThat(plan).contains(new AdviceTaskPlan(type, "followup.task.title." + title + "|QU3103-0007", due));
    }

    @ParameterizedTest
    @CsvSource({"LEAVE_QUIET", "''"})
    void leaveItQuietAndNoAdviceBecomeNoTask(String code) {
        AdviceCode advice = code.isEmpty() ? null : AdviceCode.valueOf(code);

        assertThat(AdviceTaskPlan.of(advice, "QU3103-0007", SATURDAY, WorkingDays.standard()))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"QU|1, QU/1"})
    void aBarInTheNumberCannotSplitTheTitlesArguments(String number, String shown) {
        assertThat(AdviceTaskPlan.of(AdviceCode.RECONNECT, number, SATURDAY, WorkingDays.standard()))
                .get()
                .extracting(AdviceTaskPlan::title)
                .isEqualTo("followup.task.title.advice-reconnect|" + shown);
    }
}
