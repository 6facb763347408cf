package io.relance.followup.contact;

import io.relance.followup.ContactChannel;
import io.relance.followup.ContactCheck;
import io.relance.followup.contact.ContactFrequencyPolicy.Finding;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The contact rules' findings as sentences in the reader's language ({@code followup.contact.rule.*}): which rule,
 * why, and when the contact would be allowed, instants shown in the workspace's zone.
 */
@Component
public class ContactTexts {

    private final MessageSource messages;

    ContactTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** Who is refused by exclusivity and who owns the third party, for that rule's sentence. */
    public record People(String actor, String owner) {}

    public ContactCheck.Reason reason(Finding f, People people, ZoneId readerZone, Locale locale) {
        return reason(f, people, null, readerZone, locale);
    }

    /**
     * The sentence of a finding; a hold says "allowed from" {@code allowedFrom} (when every hold allows it) rather
     * than its own end, so that every sentence names the same instant.
     */
    public ContactCheck.Reason reason(Finding f, People people, Instant allowedFrom, ZoneId readerZone, Locale locale) {
        Instant shown = f.rule().effect() == io.relance.followup.ContactRule.Effect.HOLD
                        && allowedFrom != null
                        && (f.until() == null || allowedFrom.isAfter(f.until()))
                ? allowedFrom
                : f.until();
        String key = "followup.contact.rule." + f.rule().name();
        Object[] args = switch (f.rule()) {
            case DO_NOT_CONTACT, DO_NOT_CALL, MARKETING_OPT_OUT -> new Object[0];
            case EXCLUSIVITY -> new Object[] {people.actor(), people.owner()};
            case MIN_DAYS_BETWEEN ->
                new Object[] {
                    f.args().get(0), at((Instant) f.args().get(1), readerZone, locale), at(shown, readerZone, locale)
                };
            case MAX_PER_30_DAYS -> new Object[] {f.args().get(0), f.args().get(1), at(shown, readerZone, locale)};
            case QUIET_HOURS -> quietHours(f, shown, readerZone, locale);
            case PREFERRED_CHANNEL ->
                new Object[] {channel((ContactChannel) f.args().get(0), locale)};
            case PREFERRED_WINDOW -> preferredWindow(f, readerZone, locale);
        };
        if (f.rule() == io.relance.followup.ContactRule.QUIET_HOURS
                && ((Collection<?>) f.args().get(2)).isEmpty()) {
            key += ".everyDay";
        }
        if (f.rule() == io.relance.followup.ContactRule.PREFERRED_WINDOW && f.until() == null) {
            key += ".noNext";
        }
        return new ContactCheck.Reason(f.rule(), f.rule().effect(), text(key, locale, args), f.until());
    }

    @SuppressWarnings("unchecked")
    private Object[] quietHours(Finding f, Instant shown, ZoneId readerZone, Locale locale) {
        return new Object[] {
            hour((LocalTime) f.args().get(0), locale),
            hour((LocalTime) f.args().get(1), locale),
            days((Collection<DayOfWeek>) f.args().get(2), locale),
            ((ZoneId) f.args().get(3)).getId(),
            shown == null ? "—" : at(shown, readerZone, locale)
        };
    }

    @SuppressWarnings("unchecked")
    private Object[] preferredWindow(Finding f, ZoneId readerZone, Locale locale) {
        return new Object[] {
            window(
                    (Collection<DayOfWeek>) f.args().get(0),
                    (Collection<DayPart>) f.args().get(1),
                    locale),
            f.until() == null ? "" : at(f.until(), readerZone, locale)
        };
    }

    /** "Tuesday, Thursday · mornings" in the reader's language; "any day" parts alone, days alone. */
    public String window(Collection<DayOfWeek> days, Collection<DayPart> parts, Locale locale) {
        String d = days.isEmpty() ? "" : days(days, locale);
        String p = parts.stream()
                .sorted()
                .map(part -> text("followup.contact.part." + part.name(), locale))
                .collect(Collectors.joining(", "));
        if (d.isEmpty()) {
            return p;
        }
        return p.isEmpty() ? d : d + " · " + p;
    }

    public String days(Collection<DayOfWeek> days, Locale locale) {
        return days.stream()
                .sorted()
                .map(day -> day.getDisplayName(TextStyle.FULL, locale))
                .collect(Collectors.joining(", "));
    }

    public String channel(ContactChannel channel, Locale locale) {
        return text("followup.contact.channel." + channel.name(), locale);
    }

    /** An instant as "Thu 10 Dec 2026, 08:00" in the zone and language given. */
    public static String at(Instant instant, ZoneId zone, Locale locale) {
        var local = instant.atZone(zone);
        return local.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale) + " "
                + DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(local);
    }

    private static String hour(LocalTime time, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .format(time);
    }

    public List<String> all(List<ContactCheck.Reason> reasons) {
        return reasons.stream().map(ContactCheck.Reason::message).toList();
    }

    public String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
