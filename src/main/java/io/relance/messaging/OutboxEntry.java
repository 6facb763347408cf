package io.relance.messaging;

import io.relance.messaging.outbox.OutboxMessage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An e-mail of the outbox as pages and the API show it (no bodies' bytes of attachments, no claim details). A HELD
 * one waits for {@code nextAttemptAt}, for {@code heldReason}; one a manager sent at once names him
 * ({@code releasedBy}) and his {@code releaseReason}.
 */
public record OutboxEntry(
        UUID id,
        long version,
        MailState state,
        String messageId,
        List<String> to,
        List<String> cc,
        String subject,
        String text,
        List<String> attachments,
        String targetType,
        UUID targetId,
        UUID senderId,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant createdAt,
        Instant sentAt,
        String heldReason,
        UUID releasedBy,
        String releaseReason) {

    static OutboxEntry of(OutboxMessage m) {
        boolean waiting =
                m.state() == MailState.QUEUED || m.state() == MailState.SENDING || m.state() == MailState.HELD;
        return new OutboxEntry(
                m.id().value(),
                m.version(),
                m.state(),
                m.messageId(),
                m.to(),
                m.cc(),
                m.subject(),
                m.text(),
                m.attachmentNames(),
                m.target() == null ? null : m.target().type(),
                m.target() == null ? null : m.target().id(),
                m.senderId(),
                m.attempts(),
                waiting ? m.nextAttemptAt() : null,
                m.lastError(),
                m.createdAt(),
                m.sentAt(),
                m.state() == MailState.HELD ? m.heldReason() : null,
                m.releasedBy(),
                m.releaseReason());
    }
}
