package io.relance.followup.contact;

import io.relance.followup.ContactChannel;
import io.relance.followup.ContactRule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The contact rules, pure: given a {@link ContactSituation}, which rules a contact breaks and from when it would be
 * allowed. Refusals first ({@code DO_NOT_CONTACT}, do-not-call for calls, marketing opt-out for marketing sends,
 * exclusivity), then the holds (minimum days between outbound contacts in calendar days of the contact's zone; at
 * most N in any rolling 30 days; the contact hours and quiet days in the contact's zone), then the preferences
 * (channel; days and parts of the day), which only warn. {@link Verdict#allowedFrom()} is the earliest instant at
 * which every hold allows the contact, found by moving to each hold's end until none applies.
 */
public final class ContactFrequencyPolicy {

    static final Duration WINDOW = Duration.ofDays(30);

    /** How many times the holds' ends are chased before giving up (quiet days and limits pushing each other). */
    private static final int ROUNDS = 40;

    private ContactFrequencyPolicy() {}

    /** One rule broken: {@code until} the end of a hold (or the next preferred window), {@code args} for its text. */
    public record Finding(ContactRule rule, Instant until, List<Object> args) {

        public Finding {
            args = List.copyOf(args);
        }
    }

    /** The judgement: allowed when no refusal nor hold applies; {@code allowedFrom} null when refused. */
    public record Verdict(boolean allowed, List<Finding> findings, Instant allowedFrom) {

        public Verdict {
            findings = List.copyOf(findings);
        }

        public boolean breaks(ContactRule rule) {
            return findings.stream().anyMatch(f -> f.rule() == rule);
        }
    }

    public static Verdict judge(ContactSituation s) {
        List<Finding> findings = new ArrayList<>();
        if (s.doNotContact()) {
            findings.add(new Finding(ContactRule.DO_NOT_CONTACT, null, List.of()));
        }
        if (s.doNotCall() && s.channel() == ContactChannel.CALL) {
            findings.add(new Finding(ContactRule.DO_NOT_CALL, null, List.of()));
        }
        if (s.marketing() && s.marketingOptOut()) {
            findings.add(new Finding(ContactRule.MARKETING_OPT_OUT, null, List.of()));
        }
        if (!s.mayContact()) {
            findings.add(new Finding(ContactRule.EXCLUSIVITY, null, List.of()));
        }
        boolean refused = !findings.isEmpty();
        List<Finding> holds = holdsAt(s, s.at());
        findings.addAll(holds);
        preferences(s, findings);
        if (refused) {
            return new Verdict(false, findings, null);
        }
        return new Verdict(holds.isEmpty(), findings, allowedFrom(s));
    }

    /** The earliest instant from {@code s.at()} on at which no hold applies; null when none within the rounds. */
    static Instant allowedFrom(ContactSituation s) {
        Instant t = s.at();
        for (int round = 0; round < ROUNDS; round++) {
            List<Finding> holds = holdsAt(s, t);
            if (holds.isEmpty()) {
                return t;
            }
            Instant next = t;
            for (Finding hold : holds) {
                if (hold.until() != null && hold.until().isAfter(next)) {
                    next = hold.until();
                }
            }
            if (!next.isAfter(t)) {
                return null;
            }
            t = next;
        }
        return null;
    }

    /** The holds that apply at {@code t} (the contacts before the situation's instant counted), each with its end. */
    static List<Finding> holdsAt(ContactSituation s, Instant t) {
        List<Finding> holds = new ArrayList<>();
        minDays(s, t, holds);
        perWindow(s, t, holds);
        quietHours(s, t, holds);
        return holds;
    }

    private static void minDays(ContactSituation s, Instant t, List<Finding> holds) {
        int days = s.policy().minDaysBetween();
        if (days <= 0 || s.pastContacts().isEmpty()) {
            return;
        }
        Instant last = s.pastContacts().get(s.pastContacts().size() - 1);
        LocalDate allowedDay = last.atZone(s.zone()).toLocalDate().plusDays(days);
        if (t.atZone(s.zone()).toLocalDate().isBefore(allowedDay)) {
            Instant until = allowedDay.atStartOfDay(s.zone()).toInstant();
            holds.add(new Finding(ContactRule.MIN_DAYS_BETWEEN, until, List.of(days, last)));
        }
    }

    private static void perWindow(ContactSituation s, Instant t, List<Finding> holds) {
        int max = s.policy().maxPer30Days();
        if (max <= 0) {
            return;
        }
        List<Instant> inWindow = s.pastContacts().stream()
                .filter(c -> c.isAfter(t.minus(WINDOW)))
                .toList();
        if (inWindow.size() >= max) {
            // once the (n - max + 1) oldest have left the window, fewer than max remain
            Instant until = inWindow.get(inWindow.size() - max).plus(WINDOW);
            holds.add(new Finding(ContactRule.MAX_PER_30_DAYS, until, List.of(max, inWindow.size())));
        }
    }

    private static void quietHours(ContactSituation s, Instant t, List<Finding> holds) {
        ContactPolicy p = s.policy();
        ZonedDateTime local = t.atZone(s.zone());
        LocalTime time = local.toLocalTime();
        boolean quietDay = p.quietDays().contains(local.getDayOfWeek());
        if (!quietDay && !time.isBefore(p.hoursFrom()) && time.isBefore(p.hoursTo())) {
            return;
        }
        LocalDate day = local.toLocalDate();
        Instant until = null;
        if (!quietDay && time.isBefore(p.hoursFrom())) {
            until = ZonedDateTime.of(day, p.hoursFrom(), s.zone()).toInstant();
        } else {
            for (int i = 1; i <= 7 && until == null; i++) {
                LocalDate next = day.plusDays(i);
                if (!p.quietDays().contains(next.getDayOfWeek())) {
                    until = ZonedDateTime.of(next, p.hoursFrom(), s.zone()).toInstant();
                }
            }
        }
        holds.add(new Finding(
                ContactRule.QUIET_HOURS, until, List.of(p.hoursFrom(), p.hoursTo(), p.quietDays(), s.zone())));
    }

    private static void preferences(ContactSituation s, List<Finding> findings) {
        ContactPolicy p = s.policy();
        if (p.preferredChannel() != null && p.preferredChannel() != s.channel()) {
            findings.add(new Finding(ContactRule.PREFERRED_CHANNEL, null, List.of(p.preferredChannel())));
        }
        if (p.preferredDays().isEmpty() && p.preferredParts().isEmpty()) {
            return;
        }
        ZonedDateTime local = s.at().atZone(s.zone());
        if (!inPreferredWindow(p, local.getDayOfWeek(), local.toLocalTime())) {
            findings.add(new Finding(
                    ContactRule.PREFERRED_WINDOW,
                    nextPreferredWindow(s),
                    List.of(p.preferredDays(), p.preferredParts())));
        }
    }

    private static boolean inPreferredWindow(ContactPolicy p, DayOfWeek day, LocalTime time) {
        return (p.preferredDays().isEmpty() || p.preferredDays().contains(day))
                && (p.preferredParts().isEmpty() || p.preferredParts().contains(DayPart.of(time)));
    }

    /** The start of the next preferred window within the contact hours (not on a quiet day); null within 2 weeks. */
    static Instant nextPreferredWindow(ContactSituation s) {
        ContactPolicy p = s.policy();
        ZonedDateTime local = s.at().atZone(s.zone());
        for (int i = 0; i <= 14; i++) {
            LocalDate day = local.toLocalDate().plusDays(i);
            if (p.quietDays().contains(day.getDayOfWeek())
                    || (!p.preferredDays().isEmpty() && !p.preferredDays().contains(day.getDayOfWeek()))) {
                continue;
            }
            for (DayPart part : DayPart.values()) {
                if (!p.preferredParts().isEmpty() && !p.preferredParts().contains(part)) {
                    continue;
                }
                LocalTime start = part.from().isAfter(p.hoursFrom()) ? part.from() : p.hoursFrom();
                LocalTime end = part.to().isBefore(p.hoursTo()) ? part.to() : p.hoursTo();
                if (!start.isBefore(end)) {
                    continue;
                }
                ZonedDateTime from = ZonedDateTime.of(day, start, s.zone());
                ZonedDateTime to = ZonedDateTime.of(day, end, s.zone());
                if (to.isAfter(local)) {
                    return (from.isAfter(local) ? from : local).toInstant();
                }
            }
        }
        return null;
    }
}
