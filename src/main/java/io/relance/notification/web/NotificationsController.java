package io.relance.notification.web;

import io.relance.notification.Notification;
import io.relance.notification.Notifications;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.PageTexts;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The bell in the top bar (a link to {@code /notifications}; htmx puts the count of unread ones on it and refreshes
 * it every minute) and the page that lists a user's notifications.
 */
@Controller
@RequestMapping("/notifications")
record NotificationsController(Notifications notifications, PageTexts texts) {

    static final String VIEW = "notification/list";
    static final String BELL = "notification/bell :: bell";

    /** A notification as shown: its message in the reader's language. */
    record Shown(UUID id, String message, String link, Instant createdAt, boolean unread) {}

    @GetMapping
    String list(@AuthenticationPrincipal RelanceUser me, Model model) {
        model.addAttribute("notifications", shown(notifications.latest(me, 50), texts));
        model.addAttribute("unread", notifications.unread(me));
        return VIEW;
    }

    @GetMapping("/bell")
    String bell(@AuthenticationPrincipal RelanceUser me, Model model) {
        model.addAttribute("notificationsUnread", notifications.unread(me));
        model.addAttribute("bellTrigger", "every 60s");
        return BELL;
    }

    @PostMapping("/read")
    String readAll(@AuthenticationPrincipal RelanceUser me) {
        notifications.readAll(me);
        return "redirect:/notifications";
    }

    static List<Shown> shown(List<Notification> list, PageTexts texts) {
        return list.stream()
                .map(n -> new Shown(
                        n.id(), texts.text(n.messageKey(), n.args().toArray()), n.link(), n.createdAt(), n.unread()))
                .toList();
    }

    /** The same for programs. */
    @org.springframework.web.bind.annotation.RestController
    @RequestMapping("/api/v1/notifications")
    @io.swagger.v3.oas.annotations.tags.Tag(name = "Notifications")
    static class Api {

        private final Notifications notifications;
        private final PageTexts texts;

        Api(Notifications notifications, PageTexts texts) {
            this.notifications = notifications;
            this.texts = texts;
        }

        @GetMapping
        @io.swagger.v3.oas.annotations.Operation(
                summary = "The caller's latest 50 notifications, newest first, and how many are unread")
        Map<String, Object> list(@AuthenticationPrincipal RelanceUser me) {
            return Map.of("items", shown(notifications.latest(me, 50), texts), "unread", notifications.unread(me));
        }

        @PostMapping("/read")
        @io.swagger.v3.oas.annotations.Operation(summary = "Marks all the caller's notifications read")
        @ResponseBody
        org.springframework.http.ResponseEntity<Void> readAll(@AuthenticationPrincipal RelanceUser me) {
            notifications.readAll(me);
            return org.springframework.http.ResponseEntity.noContent().build();
        }
    }
}
