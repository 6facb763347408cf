package io.relance.party.web.record;

import io.relance.history.Direction;
import io.relance.history.HandLoggedEvent;
import io.relance.history.HandLoggedType;
import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * What the record page's box posts to log a call, meeting, visit, e-mail, SMS or note, kept as typed so that the
 * box can show it again beside its errors. {@code occurredAt} is a local date and time in the workspace's zone
 * ({@code 2026-11-22T14:30}, what {@code <input type="datetime-local">} sends); empty means now. Only a call, an
 * e-mail or an SMS has a direction and only a call, a meeting or a visit an outcome ({@link HandLoggedType}).
 */
record LogForm(String type, String direction, String summary, String outcome, String occurredAt) {

    static final int SUMMARY_MAX = 500;
    static final int OUTCOME_MAX = 200;

    /** The box as the page first shows it: an outbound call. */
    static LogForm empty() {
        return new LogForm(HandLoggedType.CALL.name(), Direction.OUTBOUND.name(), "", "", "");
    }

    /** The box after a successful entry: the texts cleared, the type and direction kept for the next one. */
    LogForm cleared() {
        return new LogForm(type, direction, "", "", "");
    }

    /** The event to log, or every problem of the form at once. */
    HandLoggedEvent toEvent(ZoneId zone) {
        List<FieldProblem> problems = new ArrayList<>();
        HandLoggedType kind = kind();
        if (kind == null) {
            problems.add(new FieldProblem("type", "history.type.invalid"));
        }
        boolean note = kind == HandLoggedType.NOTE;
        // The direction select always sends a value, shown or not: it counts only for a kind that has a direction.
        Direction dir = null;
        if (kind != null && kind.hasDirection() && !blank(direction)) {
            try {
                dir = Direction.valueOf(direction);
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("direction", "validation.choice"));
            }
        }
        // An outcome typed for a kind that has none (the box without script) is refused rather than lost.
        if (kind != null && !kind.hasOutcome() && !blank(outcome)) {
            problems.add(new FieldProblem("outcome", "history.outcome.none"));
        }
        if (blank(summary)) {
            problems.add(new FieldProblem("summary", "validation.required"));
        } else if (summary.strip().length() > SUMMARY_MAX) {
            problems.add(new FieldProblem("summary", "validation.size.max", SUMMARY_MAX));
        }
        if (!blank(outcome) && outcome.strip().length() > OUTCOME_MAX) {
            problems.add(new FieldProblem("outcome", "validation.size.max", OUTCOME_MAX));
        }
        Instant when = null;
        if (!blank(occurredAt)) {
            try {
                when = LocalDateTime.parse(occurredAt.strip()).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("occurredAt", "thirdparty.log.when.invalid"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new HandLoggedEvent(
                kind,
                dir,
                note ? null : summary,
                note ? paragraph(summary) : null,
                blank(outcome) ? null : outcome,
                when);
    }

    /** The kind chosen, or null when it is none of those logged by hand. */
    HandLoggedType kind() {
        if (blank(type)) {
            return null;
        }
        try {
            return HandLoggedType.valueOf(type);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A note is rich text: what was typed becomes one escaped paragraph, its line breaks kept. */
    private static String paragraph(String text) {
        return "<p>" + HtmlUtils.htmlEscape(text.strip()).replace("\n", "<br>") + "</p>";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
