package io.relance.messaging.outbox;

import io.relance.history.Direction;
import io.relance.history.HistoryEvent;
import io.relance.history.HistoryManagement;
import io.relance.messaging.MailState;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Puts an e-mail on the timelines of the record it was about and of its linked records: sent (with its text) or
 * failed (with the reason). An e-mail about no record shows on none.
 */
@Component
public class MailTimeline {

    private final HistoryManagement history;

    MailTimeline(HistoryManagement history) {
        this.history = history;
    }

    /** Held by the contact rules (the reasons say until when). */
    public void held(OutboxMessage m, Instant at) {
        Map<String, Object> details = details(m, MailState.HELD, null);
        details.put("reason", m.heldReason());
        details.put("until", m.nextAttemptAt().toString());
        record(m, MailEntryTypes.HELD, m.heldReason(), details, null, at);
    }

    /** A manager sent a held e-mail at once, for this reason. */
    public void released(OutboxMessage m, java.util.UUID by, String reason, Instant at) {
        Map<String, Object> details = details(m, MailState.QUEUED, null);
        details.put("reason", reason);
        record(m, MailEntryTypes.RELEASED, reason, details, by, at);
    }

    void sent(OutboxMessage m, Instant at) {
        record(m, MailEntryTypes.SENT, MailState.SENT, null, at);
    }

    void failed(OutboxMessage m, MailState state, String error, Instant at) {
        record(m, MailEntryTypes.FAILED, state, error, at);
    }

    private void record(OutboxMessage m, String kind, MailState state, String error, Instant at) {
        record(
                m,
                kind,
                m.subject(),
                details(m, state, error),
                m.senderId(),
                at,
                state == MailState.SENT ? bodyOf(m) : null,
                Direction.OUTBOUND);
    }

    private void record(
            OutboxMessage m,
            String kind,
            String summary,
            Map<String, Object> details,
            java.util.UUID actor,
            Instant at) {
        record(m, kind, summary, details, actor == null ? m.senderId() : actor, at, null, null);
    }

    private static Map<String, Object> details(OutboxMessage m, MailState state, String error) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("to", String.join(", ", m.to()));
        if (!m.cc().isEmpty()) {
            details.put("cc", String.join(", ", m.cc()));
        }
        details.put("subject", m.subject());
        details.put("state", state.name());
        if (!m.attachmentNames().isEmpty()) {
            details.put("attachments", String.join(", ", m.attachmentNames()));
        }
        if (error != null) {
            details.put("error", error);
        }
        details.put("mailId", m.id().value().toString());
        return details;
    }

    private void record(
            OutboxMessage m,
            String kind,
            String summary,
            Map<String, Object> details,
            java.util.UUID actor,
            Instant at,
            String body,
            Direction direction) {
        if (m.target() == null) {
            return;
        }
        HistoryEvent event = new HistoryEvent(
                null,
                m.target(),
                kind,
                direction,
                summary,
                body,
                null,
                List.of(),
                details,
                actor,
                at,
                at,
                m.links().stream().filter(t -> !t.equals(m.target())).toList());
        history.record(m.workspace().value(), event);
    }

    /** The e-mail's text as the timeline shows it: its HTML part, which escaped every character typed. */
    private static String bodyOf(OutboxMessage m) {
        String html = m.html();
        if (html == null) {
            return null;
        }
        int start = html.indexOf("<body");
        int end = html.lastIndexOf("</body>");
        if (start >= 0 && end > start) {
            return html.substring(html.indexOf('>', start) + 1, end);
        }
        return html;
    }
}
