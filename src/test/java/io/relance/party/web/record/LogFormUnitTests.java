package io.relance.party.web.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relance.history.Direction;
import io.relance.history.HandLoggedEvent;
import io.relance.history.HandLoggedType;
import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The record page's log box: what it turns into an entry, and every problem of a wrong one at once. */
class LogFormUnitTests {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void aCallKeepsItsDirectionAndItsTimeIsReadInTheWorkspacesZone() {
        HandLoggedEvent event =
                new LogForm("CALL", "INBOUND", " Rang back ", "Quote Monday", "2026-07-01T09:30").toEvent(PARIS);
        assertThat(event.type()).isEqualTo(HandLoggedType.CALL);
        assertThat(event.direction()).isEqualTo(Direction.INBOUND);
        assertThat(event.summary()).isEqualTo(" Rang back ");
        assertThat(event.body()).isNull();
        assertThat(event.outcome()).isEqualTo("Quote Monday");
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-07-01T07:30:00Z"));
    }

    @Test
    void aNoteIsOneEscapedParagraphWithoutDirectionAndAnEmptyTimeIsNow() {
        HandLoggedEvent event = new LogForm("NOTE", "OUTBOUND", "Likes <b>blue</b>\nand green", "", "").toEvent(PARIS);
        assertThat(event.direction()).isNull();
        assertThat(event.summary()).isNull();
        assertThat(event.body()).isEqualTo("<p>Likes &lt;b&gt;blue&lt;/b&gt;<br>and green</p>");
        assertThat(event.outcome()).isNull();
        assertThat(event.occurredAt()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown type         | GOSSIP | OUTBOUND | x | ''  | ''               | type",
                "recorded, not logged | MERGED | OUTBOUND | x | ''  | ''               | type",
                "no type              | ''     | OUTBOUND | x | ''  | ''               | type",
                "sideways             | CALL   | SIDEWAYS | x | ''  | ''               | direction",
                "nothing said         | CALL   | OUTBOUND | ' ' | '' | ''              | summary",
                "not a time           | CALL   | OUTBOUND | x | ''  | yesterday        | occurredAt",
                "a date alone         | CALL   | OUTBOUND | x | ''  | 2026-07-01       | occurredAt",
                "no such day          | CALL   | OUTBOUND | x | ''  | 2026-02-30T10:00 | occurredAt",
                "a note's outcome     | NOTE   | OUTBOUND | x | done | ''              | outcome",
                "an SMS's outcome     | SMS    | OUTBOUND | x | done | ''              | outcome",
                "an e-mail's outcome  | EMAIL  | INBOUND  | x | done | ''              | outcome",
            })
    void aWrongBoxIsAFieldError(
            String why, String type, String direction, String summary, String outcome, String when, String field) {
        assertThatThrownBy(() -> new LogForm(type, direction, summary, outcome, when).toEvent(PARIS))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly(field));
    }

    @Test
    void aMeetingOrAVisitHasNoDirectionWhateverTheSelectSentAndAnSmsNoOutcome() {
        assertThat(new LogForm("MEETING", "INBOUND", "x", "Quote", "").toEvent(PARIS))
                .extracting(HandLoggedEvent::direction, HandLoggedEvent::outcome)
                .containsExactly(null, "Quote");
        assertThat(new LogForm("VISIT", "OUTBOUND", "x", "", "").toEvent(PARIS).direction())
                .isNull();
        assertThat(new LogForm("SMS", "INBOUND", "x", " ", "").toEvent(PARIS))
                .extracting(HandLoggedEvent::direction, HandLoggedEvent::outcome)
                .containsExactly(Direction.INBOUND, null);
    }

    @Test
    void everyProblemIsSaidAtOnce() {
        assertThatThrownBy(
                        () -> new LogForm("CALL", "OUTBOUND", "x".repeat(501), "y".repeat(201), "soon").toEvent(PARIS))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("summary", "outcome", "occurredAt"));
    }

    @Test
    void theClearedBoxKeepsTheTypeAndDirectionForTheNextEntry() {
        assertThat(new LogForm("VISIT", "INBOUND", "On site", "Good", "2026-07-01T09:30").cleared())
                .isEqualTo(new LogForm("VISIT", "INBOUND", "", "", ""));
    }
}
