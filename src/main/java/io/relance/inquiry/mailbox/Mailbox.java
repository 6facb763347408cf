package io.relance.inquiry.mailbox;

import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;

/** A workspace's IMAP mailbox of lead e-mails (see the inquiry_mailboxes table). */
record Mailbox(
        WorkspaceId workspaceId,
        String host,
        int port,
        boolean ssl,
        String username,
        String password,
        String folder,
        UUID actingUserId,
        boolean enabled,
        Instant lastPolledAt,
        String lastError,
        long version) {}
