package io.relance.notification;

import io.relance.notification.inbox.Inbox;
import io.relance.shared.RelanceUser;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Posts notifications to users and reads a user's own. */
@Service
public class Notifications {

    private final Inbox inbox;

    Notifications(Inbox inbox) {
        this.inbox = inbox;
    }

    /** Posts a notification (in the caller's transaction: it shows once that commits). */
    @Transactional
    public UUID notify(NewNotification notification) {
        return inbox.post(notification);
    }

    /** Posts notifications, in a few statements for many (in the caller's transaction). */
    @Transactional
    public List<UUID> notifyMany(List<NewNotification> many) {
        return many.isEmpty() ? List.of() : inbox.postAll(many);
    }

    /** The user's latest notifications, newest first. */
    @Transactional(readOnly = true)
    public List<Notification> latest(RelanceUser me, int limit) {
        return inbox.latest(me.workspaceId(), me.userId(), Math.max(1, Math.min(limit, 100)));
    }

    @Transactional(readOnly = true)
    public int unread(RelanceUser me) {
        return inbox.unread(me.workspaceId(), me.userId());
    }

    /** Marks all the user's notifications read. */
    @Transactional
    public void readAll(RelanceUser me) {
        inbox.readAll(me.workspaceId(), me.userId());
    }
}
