package io.relance.tracking.advice;

import io.relance.tracking.Advice;
import io.relance.tracking.AdviceCode;
import io.relance.tracking.AdviceFacts;
import io.relance.tracking.AdviceSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the rep should do next about a sent subject, from its facts, its opens and the clock (pure; each rule
 * unit-tested by moving the clock). Nothing for a subject not sent or no longer open (accepted, declined,
 * cancelled, expired). When several rules apply, the first of this order wins (see {@link AdviceCode}):
 *
 * <ol>
 *   <li>{@code RECONNECT} — the latest open came after {@code dormantDays} (14) or more without opens, and less than
 *       {@code silenceDays} (3) ago: they are back, reconnect now (arguments: days of silence before);
 *   <li>{@code EXPIRES_SOON} — the validity ends today or within {@code expiresSoonDays} (3) days (arguments: days
 *       left, the last valid day);
 *   <li>{@code LEAVE_QUIET} — opened on {@code hotOpenDays} (3) or more of the last {@code hotWindowDays} (5)
 *       calendar days, today included (arguments: days opened, the window);
 *   <li>{@code CALL_AFTER_SILENCE} — opened, the last open {@code silenceDays} (3) or more days ago, and no answer
 *       since the last open: the client's latest answer (a question asked on the public page) is older than his
 *       latest open, or there is none (arguments: days since the last open). An answer at or after the last open
 *       means the ball is in the rep's court: no call advised until the client opens the quote again and falls
 *       silent once more;
 *   <li>{@code NOT_OPENED} — never opened, sent {@code notOpenedDays} (3) or more days ago, and no answer at all
 *       (a client who asked a question received it) (arguments: days since sending).
 * </ol>
 *
 * Elapsed days are whole periods of 24 hours; calendar days (the hot window, the validity) are the workspace's.
 */
public final class FollowUpAdvicePolicy {

    private final AdviceSettings settings;

    public FollowUpAdvicePolicy(AdviceSettings settings) {
        this.settings = settings;
    }

    public Optional<Advice> advise(AdviceFacts facts, List<Instant> opens, Instant now, ZoneId zone) {
        if (facts.sentAt() == null || !facts.open()) {
            return Optional.empty();
        }
        List<Instant> sorted = new ArrayList<>(opens);
        sorted.sort(null);
        LocalDate today = now.atZone(zone).toLocalDate();
        return reconnect(sorted, now)
                .or(() -> expiresSoon(facts, today))
                .or(() -> leaveQuiet(sorted, today, zone))
                .or(() -> callAfterSilence(facts, sorted, now))
                .or(() -> notOpened(facts, sorted, now));
    }

    Optional<Advice> reconnect(List<Instant> opens, Instant now) {
        if (opens.size() < 2) {
            return Optional.empty();
        }
        Instant last = opens.get(opens.size() - 1);
        if (days(last, now) >= settings.silenceDays()) {
            return Optional.empty();
        }
        for (int i = opens.size() - 1; i > 0; i--) {
            long gap = days(opens.get(i - 1), opens.get(i));
            if (gap >= settings.dormantDays()) {
                return days(opens.get(i), now) < settings.silenceDays()
                        ? Optional.of(new Advice(AdviceCode.RECONNECT, List.of(gap)))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    Optional<Advice> expiresSoon(AdviceFacts facts, LocalDate today) {
        if (facts.validUntil() == null) {
            return Optional.empty();
        }
        long left = ChronoUnit.DAYS.between(today, facts.validUntil());
        return left >= 0 && left <= settings.expiresSoonDays()
                ? Optional.of(new Advice(AdviceCode.EXPIRES_SOON, List.of(left, facts.validUntil())))
                : Optional.empty();
    }

    Optional<Advice> leaveQuiet(List<Instant> opens, LocalDate today, ZoneId zone) {
        LocalDate from = today.minusDays(settings.hotWindowDays() - 1L);
        Set<LocalDate> days = new TreeSet<>();
        for (Instant open : opens) {
            LocalDate day = open.atZone(zone).toLocalDate();
            if (!day.isBefore(from) && !day.isAfter(today)) {
                days.add(day);
            }
        }
        return days.size() >= settings.hotOpenDays()
                ? Optional.of(new Advice(AdviceCode.LEAVE_QUIET, List.of(days.size(), settings.hotWindowDays())))
                : Optional.empty();
    }

    Optional<Advice> callAfterSilence(AdviceFacts facts, List<Instant> opens, Instant now) {
        if (opens.isEmpty()) {
            return Optional.empty();
        }
        Instant lastOpen = opens.get(opens.size() - 1);
        if (facts.answeredSince(lastOpen)) {
            return Optional.empty();
        }
        long silent = days(lastOpen, now);
        return silent >= settings.silenceDays()
                ? Optional.of(new Advice(AdviceCode.CALL_AFTER_SILENCE, List.of(silent)))
                : Optional.empty();
    }

    Optional<Advice> notOpened(AdviceFacts facts, List<Instant> opens, Instant now) {
        if (!opens.isEmpty() || facts.lastAnswerAt() != null) {
            return Optional.empty();
        }
        long since = days(facts.sentAt(), now);
        return since >= settings.notOpenedDays()
                ? Optional.of(new Advice(AdviceCode.NOT_OPENED, List.of(since)))
                : Optional.empty();
    }

    private static long days(Instant from, Instant to) {
        return Duration.between(from, to).toHours() / 24;
    }
}
