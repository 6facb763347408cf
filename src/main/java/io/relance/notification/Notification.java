package io.relance.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A notification as its reader sees it. */
public record Notification(
        UUID id, String messageKey, List<String> args, String link, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
