package io.relance.followup.contact;

import io.relance.followup.ContactChannel;
import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads a {@link ContactPolicyForm} into a {@link ContactPolicy}, every bad field at once: days between 0 and 365,
 * at most 0 to 500 per 30 days, hours {@code HH:MM} with the start before the end, at least one day not quiet, a
 * known time zone, channel, days and parts of the day.
 */
final class ContactPolicyInput {

    static final int MAX_DAYS = 365;
    static final int MAX_PER_30_DAYS = 500;
    private static final Pattern HOUR = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    private ContactPolicyInput() {}

    /** The form as given (null fields stay null: inherited), or every problem of it. */
    static ContactPolicy read(ContactPolicyForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        Integer minDays = range("minDaysBetween", form.minDaysBetween(), MAX_DAYS, problems);
        Integer max = range("maxPer30Days", form.maxPer30Days(), MAX_PER_30_DAYS, problems);
        LocalTime from = hour("hoursFrom", form.hoursFrom(), problems);
        LocalTime to = hour("hoursTo", form.hoursTo(), problems);
        Set<DayOfWeek> quiet = names("quietDays", form.quietDays(), DayOfWeek.class, DayOfWeek::valueOf, problems);
        if (quiet != null && quiet.size() == 7) {
            problems.add(new FieldProblem("quietDays", "followup.contact.problem.everyDayQuiet"));
        }
        ZoneId zone = null;
        if (!blank(form.timeZone())) {
            try {
                zone = ZoneId.of(form.timeZone().strip());
            } catch (DateTimeException e) {
                problems.add(new FieldProblem("timeZone", "followup.contact.problem.timeZone"));
            }
        }
        ContactChannel channel = null;
        if (!blank(form.preferredChannel())) {
            channel = ContactChannel.parse(form.preferredChannel()).orElse(null);
            if (channel == null) {
                problems.add(new FieldProblem("preferredChannel", "validation.choice"));
            }
        }
        Set<DayOfWeek> days =
                names("preferredDays", form.preferredDays(), DayOfWeek.class, DayOfWeek::valueOf, problems);
        Set<DayPart> parts = names("preferredParts", form.preferredParts(), DayPart.class, DayPart::valueOf, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ContactPolicy(minDays, max, from, to, quiet, zone, channel, days, parts, 0);
    }

    /** The contact hours of the effective policy run forwards: the start before the end. */
    static void requireHoursInOrder(ContactPolicy effective) {
        if (!effective.hoursFrom().isBefore(effective.hoursTo())) {
            throw new InvalidInputException("hoursTo", "followup.contact.problem.hoursOrder");
        }
    }

    private static Integer range(String field, Integer value, int max, List<FieldProblem> problems) {
        if (value != null && (value < 0 || value > max)) {
            problems.add(new FieldProblem(field, "followup.contact.problem.range", 0, max));
        }
        return value;
    }

    private static LocalTime hour(String field, String value, List<FieldProblem> problems) {
        if (blank(value)) {
            return null;
        }
        if (!HOUR.matcher(value.strip()).matches()) {
            problems.add(new FieldProblem(field, "followup.contact.problem.hour"));
            return null;
        }
        return LocalTime.parse(value.strip());
    }

    private static <E extends Enum<E>> Set<E> names(
            String field, List<String> given, Class<E> type, Function<String, E> parse, List<FieldProblem> problems) {
        if (given == null) {
            return null;
        }
        Set<E> values = EnumSet.noneOf(type);
        for (String name : given) {
            if (blank(name)) {
                continue;
            }
            try {
                values.add(parse.apply(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(field, "validation.choice"));
                return null;
            }
        }
        return values;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
