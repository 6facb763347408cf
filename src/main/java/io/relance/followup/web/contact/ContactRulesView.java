package io.relance.followup.web.contact;

import io.relance.followup.ContactChannel;
import io.relance.followup.contact.ContactPolicyView;
import io.relance.followup.contact.ContactTexts;
import io.relance.followup.contact.DayPart;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The contact rules of a third party or of one of its contacts as the pages show them, the same on the record's panel
 * and on a contact's page ({@code followup/contact-panel :: rules} and {@code :: overrides}): each rule that applies with
 * its value in the reader's language, marked where this level overrides the one above, and the choices of the
 * overrides' form.
 */
@Component
record ContactRulesView(ContactTexts texts) {

    /** One line of the rules: its label's key, its value, whether this level overrides it. */
    public record Line(String labelKey, String value, boolean own) {}

    /** A choice of the overrides' form: the value posted, its label, whether this level has it. */
    public record Choice(String value, String label, boolean chosen) {}

    /** What the fragments show: the lines, this level's own values (the form's), the form's choices. */
    public record Rules(
            List<Line> lines,
            ContactPolicyView own,
            List<Choice> weekdays,
            List<Choice> parts,
            List<Choice> channels) {}

    Rules of(ContactPolicyView view, Locale locale) {
        return new Rules(
                lines(view, locale),
                view,
                Arrays.stream(DayOfWeek.values())
                        .map(d -> new Choice(
                                d.name(), d.getDisplayName(TextStyle.SHORT, locale), has(view.preferredDays(), d)))
                        .toList(),
                Arrays.stream(DayPart.values())
                        .map(p -> new Choice(
                                p.name(),
                                texts.text("followup.contact.part." + p.name(), locale),
                                has(view.preferredParts(), p)))
                        .toList(),
                Arrays.stream(ContactChannel.values())
                        .map(c -> new Choice(
                                c.name(),
                                texts.text("followup.contact.channelName." + c.name(), locale),
                                c.name().equals(view.preferredChannel())))
                        .toList());
    }

    private static boolean has(List<String> chosen, Enum<?> value) {
        return chosen != null && chosen.contains(value.name());
    }

    private List<Line> lines(ContactPolicyView v, Locale locale) {
        ContactPolicyView e = v.effective();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(
                "followup.contact.field.minDaysBetween",
                limit(e.minDaysBetween(), locale),
                v.minDaysBetween() != null));
        lines.add(new Line(
                "followup.contact.field.maxPer30Days", limit(e.maxPer30Days(), locale), v.maxPer30Days() != null));
        lines.add(new Line(
                "followup.contact.field.hoursShort",
                texts.text(
                        "followup.contact.hoursValue",
                        locale,
                        hour(e.hoursFrom(), locale),
                        hour(e.hoursTo(), locale),
                        v.effectiveTimeZone()),
                v.hoursFrom() != null || v.hoursTo() != null || v.timeZone() != null));
        lines.add(new Line(
                "followup.contact.field.quietDays",
                e.quietDays().isEmpty()
                        ? texts.text("followup.contact.none", locale)
                        : texts.days(days(e.quietDays()), locale),
                v.quietDays() != null));
        if (e.preferredChannel() != null) {
            lines.add(new Line(
                    "followup.contact.field.preferredChannel",
                    texts.text("followup.contact.channelName." + e.preferredChannel(), locale),
                    v.preferredChannel() != null));
        }
        if (!e.preferredDays().isEmpty() || !e.preferredParts().isEmpty()) {
            lines.add(new Line(
                    "followup.contact.field.preferredWindow",
                    texts.window(days(e.preferredDays()), parts(e.preferredParts()), locale),
                    v.preferredDays() != null || v.preferredParts() != null));
        }
        return lines;
    }

    private String limit(int value, Locale locale) {
        return value == 0 ? texts.text("followup.contact.noLimit", locale) : String.valueOf(value);
    }

    private static String hour(String hhmm, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .format(LocalTime.parse(hhmm));
    }

    private static List<DayOfWeek> days(List<String> names) {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        names.forEach(n -> days.add(DayOfWeek.valueOf(n)));
        return List.copyOf(days);
    }

    private static List<DayPart> parts(List<String> names) {
        return names.stream().map(DayPart::valueOf).toList();
    }
}
