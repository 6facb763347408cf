package io.relance.followup.advice;

import io.relance.followup.TaskType;
import io.relance.followup.WorkingDays;
import io.relance.tracking.AdviceCode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What task each piece of advice becomes (pure; unit-tested with a table of cases):
 *
 * <ul>
 *   <li>{@code NOT_OPENED} — an SMS to make sure the quote arrived, its prepared text in the notes; due on the next
 *       working day from today;
 *   <li>{@code CALL_AFTER_SILENCE} — a call to ask what they think, due on the next working day from today;
 *   <li>{@code RECONNECT} — a call now: due today, whatever the day;
 *   <li>{@code EXPIRES_SOON} — a call before the validity ends: due today;
 *   <li>{@code LEAVE_QUIET} — nothing (they are reading it again and again).
 * </ul>
 *
 * The title is a message key of the followup bundle with the quote's number as argument
 * ({@code followup.task.title.advice-call|QU2612-0001}).
 */
record AdviceTaskPlan(TaskType type, String title, LocalDate due) {

    static final String TITLE = "followup.task.title.";

    static Optional<AdviceTaskPlan> of(AdviceCode code, String quoteNumber, LocalDate today, WorkingDays calendar) {
        if (code == null) {
            return Optional.empty();
        }
        return switch (code) {
            case NOT_OPENED ->
                Optional.of(plan(TaskType.SMS, "advice-not-opened", quoteNumber, calendar.onOrAfter(today)));
            case CALL_AFTER_SILENCE ->
                Optional.of(plan(TaskType.CALL, "advice-call", quoteNumber, calendar.onOrAfter(today)));
            case RECONNECT -> Optional.of(plan(TaskType.CALL, "advice-reconnect", quoteNumber, today));
            case EXPIRES_SOON -> Optional.of(plan(TaskType.CALL, "advice-expires", quoteNumber, today));
            case LEAVE_QUIET -> Optional.empty();
        };
    }

    private static AdviceTaskPlan plan(TaskType type, String name, String quoteNumber, LocalDate due) {
        return new AdviceTaskPlan(type, TITLE + name + "|" + quoteNumber.replace("|", "/"), due);
    }
}
