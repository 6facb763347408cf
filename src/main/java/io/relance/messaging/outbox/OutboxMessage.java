package io.relance.messaging.outbox;

import io.relance.history.Target;
import io.relance.messaging.MailId;
import io.relance.messaging.MailState;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One row of the outbox, as the job and the pages read it (attachments apart). A HELD row waits for
 * {@code nextAttemptAt} ({@code heldReason}: why); a manager who sent one at once is {@code releasedBy}.
 */
public record OutboxMessage(
        WorkspaceId workspace,
        MailId id,
        String messageId,
        MailState state,
        UUID senderId,
        String fromName,
        String replyTo,
        List<String> to,
        List<String> cc,
        String subject,
        String text,
        String html,
        List<String> attachmentNames,
        Target target,
        List<Target> links,
        int attempts,
        Instant nextAttemptAt,
        UUID claimToken,
        Instant handoverAt,
        String lastError,
        Instant createdAt,
        Instant sentAt,
        String heldReason,
        UUID releasedBy,
        String releaseReason,
        long version) {

    public OutboxMessage claimedWith(UUID token) {
        return new OutboxMessage(
                workspace,
                id,
                messageId,
                MailState.SENDING,
                senderId,
                fromName,
                replyTo,
                to,
                cc,
                subject,
                text,
                html,
                attachmentNames,
                target,
                links,
                attempts,
                nextAttemptAt,
                token,
                null,
                lastError,
                createdAt,
                sentAt,
                heldReason,
                releasedBy,
                releaseReason,
                version);
    }
}
