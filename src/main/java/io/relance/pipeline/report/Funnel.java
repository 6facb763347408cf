package io.relance.pipeline.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A pipeline's funnel over a period (days in the workspace's time zone, both included), for one owner's deals or
 * all the user may report on:
 *
 * <ul>
 *   <li>per phase, in the pipeline's order: {@code entries}, the deals that came into it within the period;
 *       {@code advanced}, those of them that left it for a later phase that is not a loss (by now);
 *       {@code conversion}, advanced / entries in percent (null for a WON or LOST phase, or none entered);
 *       {@code stillIn}, those still in it; {@code medianDays}, the median stay of those that left (null: none left);
 *   <li>{@code won} and {@code lost}: the deals that came into a WON or a LOST phase within the period;
 *       {@code lostReasons}: why, grouped by the reason given (the note of the move or the summary of the action; null:
 *       none given), most frequent first.
 * </ul>
 */
public record Funnel(
        String pipeline,
        String pipelineName,
        LocalDate from,
        LocalDate to,
        UUID owner,
        List<Step> phases,
        long won,
        long lost,
        List<Reason> lostReasons) {

    public record Step(
            String key,
            String label,
            String kind,
            int position,
            long entries,
            long advanced,
            Integer conversion,
            long stillIn,
            Double medianDays) {}

    public record Reason(String reason, long deals) {}
}
