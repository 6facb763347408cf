package io.relance.notification.web;

import io.relance.notification.Notifications;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.HomeSection;
import io.relance.shared.web.PageTexts;
import io.relance.shared.web.RecordPanel.Contribution;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * "New for you" on My day, after today's tasks: the user's unread notifications (a client opened his quote, asked a
 * question, a task given to him), the newest five, each leading to its page, and the way to all of them. Shown only
 * while some are unread; they are the reader's own, whatever day a manager looks at.
 */
@Component
class NewsSection implements HomeSection {

    static final String TEMPLATE = "notification/home";

    /** How many unread notifications the section lists at the most. */
    static final int SHOWN = 5;

    /** What the fragment reads as {@code panel.model()}. */
    record News(List<NotificationsController.Shown> items, int unread) {}

    private final Notifications notifications;
    private final PageTexts texts;

    NewsSection(Notifications notifications, PageTexts texts) {
        this.notifications = notifications;
        this.texts = texts;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Contribution> contribute(RelanceUser me) {
        int unread = notifications.unread(me);
        if (unread == 0) {
            return Optional.empty();
        }
        List<NotificationsController.Shown> items =
                NotificationsController.shown(notifications.latest(me, 4 * SHOWN), texts).stream()
                        .filter(NotificationsController.Shown::unread)
                        .limit(SHOWN)
                        .toList();
        return Optional.of(new Contribution(TEMPLATE, "news", new News(items, unread)));
    }
}
