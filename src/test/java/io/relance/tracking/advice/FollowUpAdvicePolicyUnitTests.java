package io.relance.tracking.advice;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.tracking.Advice;
import io.relance.tracking.AdviceCode;
import io.relance.tracking.AdviceFacts;
import io.relance.tracking.AdviceSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each rule by moving the clock from a quote sent on Monday 2026-11-02 at 09:00 in Paris. */
class FollowUpAdvicePolicyUnitTests {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Instant SENT = Instant.parse("2026-11-02T08:00:00Z");
    static final LocalDate FAR = LocalDate.parse("2027-06-30");

    final FollowUpAdvicePolicy policy = new FollowUpAdvicePolicy(AdviceSettings.DEFAULTS);

    /** A sent quote, still open, the client's latest answer at {@code lastAnswer} (null: never answered). */
    static AdviceFacts sent(LocalDate validUntil, Instant lastAnswer) {
        return new AdviceFacts(SENT, validUntil, true, lastAnswer);
    }

    static Instant day(int days, int hour) {
        return SENT.plus(Duration.ofDays(days)).plus(Duration.ofHours(hour));
    }

    Optional<AdviceCode> code(AdviceFacts facts, List<Instant> opens, Instant now) {
        return policy.advise(facts, opens, now, PARIS).map(Advice::code);
    }

    @Test
    void notOpenedAfterThreeDaysAdvisesAnSmsOrEmail() {
        assertThat(code(sent(FAR, null), List.of(), day(2, 23))).isEmpty();
        Optional<Advice> advice = policy.advise(sent(FAR, null), List.of(), day(3, 0), PARIS);
        assertThat(advice).map(Advice::code).contains(AdviceCode.NOT_OPENED);
        assertThat(advice.orElseThrow().args()).containsExactly(3L);
        assertThat(code(sent(FAR, day(1, 0)), List.of(), day(5, 0)))
                .as("a question without a counted open: they received it")
                .isEmpty();
    }

    @Test
    void openedThenSilentForThreeDaysAdvisesACall() {
        List<Instant> opens = List.of(day(1, 0));
        assertThat(code(sent(FAR, null), opens, day(3, 23))).isEmpty();
        assertThat(code(sent(FAR, null), opens, day(4, 0))).contains(AdviceCode.CALL_AFTER_SILENCE);
    }

    @Test
    void aQuestionAtOrAfterTheLastOpenIsAnAnswerNoCallUntilTheClientOpensAgainAndFallsSilent() {
        List<Instant> opens = List.of(day(1, 0));
        assertThat(code(sent(FAR, day(1, 2)), opens, day(6, 0)))
                .as("asked two hours after his last open")
                .isEmpty();
        assertThat(code(sent(FAR, day(1, 0)), opens, day(6, 0)))
                .as("asked at the very instant of his last open")
                .isEmpty();
        assertThat(code(sent(FAR, day(0, 12)), opens, day(6, 0)))
                .as("asked before his last open: no answer since it")
                .contains(AdviceCode.CALL_AFTER_SILENCE);
        List<Instant> openedAgain = List.of(day(1, 0), day(5, 0));
        assertThat(code(sent(FAR, day(1, 2)), openedAgain, day(7, 23)))
                .as("opened again after his question, silent for less than three days")
                .isEmpty();
        Optional<Advice> call = policy.advise(sent(FAR, day(1, 2)), openedAgain, day(8, 0), PARIS);
        assertThat(call).map(Advice::code).contains(AdviceCode.CALL_AFTER_SILENCE);
        assertThat(call.orElseThrow().args()).containsExactly(3L);
    }

    @Test
    void theAdvisorsFactsKeepTheLaterOfTwoAnswers() {
        AdviceFacts none = sent(FAR, null);
        assertThat(none.answeredAt(null)).isEqualTo(none);
        assertThat(none.answeredAt(day(2, 0)).lastAnswerAt()).isEqualTo(day(2, 0));
        assertThat(sent(FAR, day(3, 0)).answeredAt(day(2, 0)).lastAnswerAt()).isEqualTo(day(3, 0));
        assertThat(sent(FAR, day(1, 0)).answeredAt(day(2, 0)).lastAnswerAt()).isEqualTo(day(2, 0));
        assertThat(none.answeredSince(day(1, 0))).isFalse();
    }

    @Test
    void openedOnThreeOfTheLastFiveDaysIsHotLeaveItQuiet() {
        List<Instant> opens = List.of(day(1, 1), day(3, 1));
        assertThat(code(sent(FAR, null), opens, day(3, 2))).isEmpty();
        List<Instant> three = List.of(day(1, 1), day(3, 1), day(5, 1));
        Optional<Advice> hot = policy.advise(sent(FAR, null), three, day(5, 2), PARIS);
        assertThat(hot).map(Advice::code).contains(AdviceCode.LEAVE_QUIET);
        assertThat(hot.orElseThrow().args()).containsExactly(3, 5);
        // two days later the first of them left the window, and the silence has not reached three days
        assertThat(code(sent(FAR, null), three, day(7, 2))).isEmpty();
        // three days after the last open: call
        assertThat(code(sent(FAR, null), three, day(8, 2))).contains(AdviceCode.CALL_AFTER_SILENCE);
    }

    @Test
    void openedAgainAfterFourteenDaysWithoutOpensAdvisesReconnecting() {
        List<Instant> opens = new ArrayList<>(List.of(day(1, 0), day(16, 0)));
        Optional<Advice> back = policy.advise(sent(FAR, null), opens, day(16, 1), PARIS);
        assertThat(back).map(Advice::code).contains(AdviceCode.RECONNECT);
        assertThat(back.orElseThrow().args()).containsExactly(15L);
        assertThat(code(sent(FAR, null), opens, day(18, 23))).contains(AdviceCode.RECONNECT);
        assertThat(code(sent(FAR, null), opens, day(19, 0))).contains(AdviceCode.CALL_AFTER_SILENCE);
        List<Instant> shortGap = List.of(day(1, 0), day(14, 0));
        assertThat(code(sent(FAR, null), shortGap, day(14, 1))).as("13 days").isEmpty();
    }

    @Test
    void aValidityEndingWithinThreeDaysAdvisesFollowingUpBeforeItEnds() {
        LocalDate until = LocalDate.parse("2026-11-10");
        assertThat(code(sent(until, SENT), List.of(), Instant.parse("2026-11-06T12:00:00Z")))
                .isEmpty();
        Optional<Advice> soon =
                policy.advise(sent(until, SENT), List.of(), Instant.parse("2026-11-07T12:00:00Z"), PARIS);
        assertThat(soon).map(Advice::code).contains(AdviceCode.EXPIRES_SOON);
        assertThat(soon.orElseThrow().args()).containsExactly(3L, until);
        assertThat(code(sent(until, SENT), List.of(), Instant.parse("2026-11-10T22:30:00Z")))
                .as("23:30 in Paris on the last day")
                .contains(AdviceCode.EXPIRES_SOON);
        assertThat(code(sent(until, SENT), List.of(), Instant.parse("2026-11-10T23:30:00Z")))
                .as("past the last day")
                .isEmpty();
    }

    @Test
    void whenSeveralApplyThePriorityDecides() {
        LocalDate soon = day(18, 0).atZone(PARIS).toLocalDate().plusDays(1);
        List<Instant> back = List.of(day(1, 0), day(16, 0));
        assertThat(code(sent(soon, null), back, day(17, 0))).contains(AdviceCode.RECONNECT);
        List<Instant> hot = List.of(day(14, 1), day(15, 1), day(16, 1));
        assertThat(code(sent(soon, null), hot, day(17, 0))).contains(AdviceCode.EXPIRES_SOON);
        assertThat(code(sent(FAR, null), hot, day(17, 0))).contains(AdviceCode.LEAVE_QUIET);
        assertThat(code(sent(soon, null), List.of(), day(17, 0))).contains(AdviceCode.EXPIRES_SOON);
    }

    @Test
    void nothingForASubjectNotSentOrNoLongerOpen() {
        assertThat(policy.advise(new AdviceFacts(null, FAR, true, null), List.of(), day(10, 0), PARIS))
                .isEmpty();
        assertThat(policy.advise(new AdviceFacts(SENT, FAR, false, null), List.of(), day(10, 0), PARIS))
                .isEmpty();
    }

    @Test
    void theWorkspacesNumbersMoveTheRules() {
        FollowUpAdvicePolicy patient = new FollowUpAdvicePolicy(new AdviceSettings(7, 5, 2, 3, 30, 1, 1));
        assertThat(patient.advise(sent(FAR, null), List.of(), day(6, 0), PARIS)).isEmpty();
        assertThat(patient.advise(sent(FAR, null), List.of(), day(7, 0), PARIS))
                .map(Advice::code)
                .contains(AdviceCode.NOT_OPENED);
        assertThat(patient.advise(sent(FAR, null), List.of(day(1, 0), day(2, 0)), day(2, 1), PARIS))
                .map(Advice::code)
                .contains(AdviceCode.LEAVE_QUIET);
    }
}
