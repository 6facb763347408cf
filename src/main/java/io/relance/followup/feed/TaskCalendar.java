package io.relance.followup.feed;

import io.relance.followup.TaskType;
import io.relance.followup.TaskView;
import io.relance.followup.task.TaskTitles;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Due;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A feed's tasks as an RFC 5545 calendar, built and written by ical4j (validated on the way out). A task without a
 * time is a VTODO due that day ({@code DUE;VALUE=DATE}); one with a time is a VEVENT at that time in the workspace's
 * time zone, written in UTC, lasting {@link #duration(TaskType)}. Each has a UID stable across reads ({@code <task
 * id>@<host>}) and SEQUENCE its version, SUMMARY its title in the reader's language with its third party's name,
 * DESCRIPTION its third party, number, notes and record's address (also URL), and DTSTAMP and LAST-MODIFIED from the
 * application clock. No METHOD: a subscribed calendar is no iTIP message (RFC 5546 would allow one kind of component
 * only, and want an ORGANIZER).
 */
@Component
record TaskCalendar(TaskTitles titles, MessageSource messages, FeedAddresses addresses) {

    static final String PRODUCT = "-//Relance//Follow-up tasks//EN";

    /** Calendar apps that honour it read the feed again after this. */
    static final Duration REFRESH = Duration.ofHours(1);

    /** Who reads the feed, and when. */
    record Reader(String name, Locale locale, ZoneId zone, Instant now) {}

    /** How long a task with a time takes in the calendar: an hour for a visit or a meeting, else half an hour. */
    static Duration duration(TaskType type) {
        return type == TaskType.VISIT || type == TaskType.MEETING ? Duration.ofHours(1) : Duration.ofMinutes(30);
    }

    String write(Reader reader, List<FeedTasks.Row> rows) {
        Calendar calendar = new Calendar();
        String name = text(reader, "followup.ical.calendarName", reader.name());
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", reader.zone().getId()));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        String host = addresses.host();
        for (FeedTasks.Row row : rows) {
            calendar.add(entry(reader, row, host));
        }
        if (rows.isEmpty()) {
            // RFC 5545 wants at least one component: with no task, the UTC the entries' times are written in
            calendar.add(utc());
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("The calendar of a feed is not valid RFC 5545", e);
        }
        return out.toString();
    }

    private CalendarComponent entry(Reader reader, FeedTasks.Row row, String host) {
        TaskView task = row.task();
        CalendarComponent entry;
        if (task.dueTime() == null) {
            entry = new VToDo(false);
            entry.add(new Due<>(task.dueDate()));
            entry.add(ImmutableStatus.VTODO_NEEDS_ACTION);
        } else {
            ZonedDateTime start = task.dueDate().atTime(task.dueTime()).atZone(reader.zone());
            entry = new VEvent(false);
            entry.add(new DtStart<>(start.toInstant()));
            entry.add(new DtEnd<>(start.plus(duration(task.type())).toInstant()));
            entry.add(ImmutableStatus.VEVENT_CONFIRMED);
        }
        String record = addresses.record(task.target().thirdParty());
        entry.add(new Uid(task.id().value() + "@" + host));
        entry.add(new DtStamp(reader.now()));
        entry.add(new LastModified(reader.now()));
        entry.add(new Sequence((int) Math.min(Integer.MAX_VALUE, task.version())));
        String title = titles.text(task, reader.locale());
        entry.add(new Summary(text(reader, "followup.ical.summary", title, row.thirdPartyName())));
        entry.add(new Description(description(row, record)));
        entry.add(new Url(URI.create(record)));
        entry.add(
                new Categories(text(reader, "followup.task.type." + task.type().name())));
        return entry;
    }

    /** UTC as a VTIMEZONE, built here (ical4j's registry would read its own data, and may look online for more). */
    private static VTimeZone utc() {
        Standard standard = new Standard();
        standard.add(new DtStart<>(LocalDateTime.of(1970, 1, 1, 0, 0)));
        standard.add(new TzOffsetFrom(ZoneOffset.UTC));
        standard.add(new TzOffsetTo(ZoneOffset.UTC));
        standard.add(new TzName("UTC"));
        VTimeZone utc = new VTimeZone();
        utc.add(new TzId("UTC"));
        utc.add(standard);
        return utc;
    }

    /** The third party (name and code), the number to call, the task's notes, the record's address: one a line. */
    private static String description(FeedTasks.Row row, String record) {
        List<String> lines = new ArrayList<>();
        lines.add(
                row.thirdPartyCode() == null
                        ? row.thirdPartyName()
                        : row.thirdPartyName() + " (" + row.thirdPartyCode() + ")");
        if (row.phone() != null && !row.phone().isBlank()) {
            lines.add(row.phone());
        }
        if (row.task().notes() != null && !row.task().notes().isBlank()) {
            lines.add(row.task().notes().strip());
        }
        lines.add(record);
        return String.join("\n", lines);
    }

    private String text(Reader reader, String code, Object... args) {
        return messages.getMessage(code, args, code, reader.locale());
    }
}
