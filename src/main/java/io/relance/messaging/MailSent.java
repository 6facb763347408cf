package io.relance.messaging;

import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The SMTP server accepted an e-mail of the outbox. {@code targetType} and {@code targetId} are the record it was
 * about (null when none), as the sender gave them.
 */
public record MailSent(
        WorkspaceId workspace,
        MailId mailId,
        String targetType,
        UUID targetId,
        List<String> to,
        String subject,
        Instant at) {}
