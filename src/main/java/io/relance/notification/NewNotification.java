package io.relance.notification;

import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.util.List;

/**
 * A notification for one user: a message key of the sending module's bundle and its arguments (text, shown as text),
 * and the page it leads to (a path of this application, such as {@code /quotes/{id}}).
 */
public record NewNotification(
        WorkspaceId workspace, UserId recipient, String messageKey, List<String> args, String link) {

    public NewNotification {
        args = args == null ? List.of() : List.copyOf(args);
        if (link != null && !link.startsWith("/")) {
            throw new IllegalArgumentException("A notification leads to a path of this application: " + link);
        }
    }
}
