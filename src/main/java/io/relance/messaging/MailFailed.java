package io.relance.messaging;

import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An e-mail of the outbox was given up ({@link MailState#FAILED}: refused for good, or every attempt failed) or its
 * hand-over was interrupted ({@link MailState#UNKNOWN}: it may have gone; never sent again without a person).
 */
public record MailFailed(
        WorkspaceId workspace,
        MailId mailId,
        String targetType,
        UUID targetId,
        List<String> to,
        String subject,
        MailState state,
        String error,
        int attempts,
        Instant at) {}
