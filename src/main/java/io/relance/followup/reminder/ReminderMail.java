package io.relance.followup.reminder;

import io.relance.followup.DueTask;
import io.relance.followup.DueTasks;
import io.relance.followup.FollowUpAgenda;
import io.relance.followup.TaskView;
import io.relance.followup.task.TaskTitles;
import io.relance.messaging.MailTemplates;
import io.relance.messaging.OutboundMail;
import io.relance.messaging.RenderedMail;
import io.relance.shared.RelanceUser;
import io.relance.shared.SupportedLocales;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes one rep's e-mail digest in his language from the workspace's {@code followup.task-digest} template: the day,
 * the counts, and the list Relance writes itself — the overdue tasks, then today's, each on a line with its type,
 * title (unless it is the type's default one), third party and due day or time, its record's address under it;
 * the due tasks beyond those listed are counted, to be found on My day. Addresses start with
 * {@code relance.public-url} ({@code RELANCE_PUBLIC_URL}; unset, {@code http://localhost:8080}: the e-mail is written
 * by a job, outside any request).
 */
@Component
class ReminderMail {

    private final MailTemplates templates;
    private final FollowUpAgenda agenda;
    private final MessageSource messages;
    private final String base;

    ReminderMail(
            MailTemplates templates,
            FollowUpAgenda agenda,
            MessageSource messages,
            @Value("${relance.public-url:}") String publicUrl) {
        this.templates = templates;
        this.agenda = agenda;
        this.messages = messages;
        String url = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
        this.base = url.isEmpty() ? "http://localhost:8080" : url;
    }

    /** The rep's e-mail of the day, to his address, from the server's sender. */
    OutboundMail write(RelanceUser to, LocalDate day, DueTasks due) {
        Locale locale = locale(to);
        RenderedMail mail = templates.render(
                to,
                ReminderMailKind.KIND,
                locale.getLanguage(),
                Map.of(
                        "rep.name", to.displayName(),
                        "digest.date",
                                DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                                        .withLocale(locale)
                                        .format(day),
                        "tasks.today", String.valueOf(due.dueToday()),
                        "tasks.overdue", String.valueOf(due.overdue()),
                        "tasks.list", list(locale, day, due),
                        "myday.url", base + "/",
                        "profile.url", base + "/profile"));
        return OutboundMail.toUser(to.workspaceId(), to.email().strip(), mail.subject(), mail.text())
                .withHtml(mail.html());
    }

    /** The overdue tasks, then today's, as paragraphs of lines; then how many more there are. */
    String list(Locale locale, LocalDate day, DueTasks due) {
        List<String> overdue = new ArrayList<>();
        List<String> today = new ArrayList<>();
        for (DueTask t : due.tasks()) {
            (t.overdueOn(day) ? overdue : today).add(line(locale, day, t));
        }
        List<String> paragraphs = new ArrayList<>();
        if (!overdue.isEmpty()) {
            paragraphs.add(
                    text(locale, "followup.reminder.mail.overdue", due.overdue()) + "\n" + String.join("\n", overdue));
        }
        if (!today.isEmpty()) {
            paragraphs.add(
                    text(locale, "followup.reminder.mail.today", due.dueToday()) + "\n" + String.join("\n", today));
        }
        if (due.notListed() > 0) {
            paragraphs.add(text(locale, "followup.reminder.mail.more", due.notListed()));
        }
        return String.join("\n\n", paragraphs);
    }

    private String line(Locale locale, LocalDate day, DueTask due) {
        TaskView task = due.task();
        StringBuilder line = new StringBuilder("• ").append(agenda.typeName(task.type(), locale));
        if (!TaskTitles.byDefault(task.type()).equals(task.title())) {
            line.append(" · ").append(agenda.title(task, locale));
        }
        line.append(" · ").append(due.thirdPartyName());
        List<String> when = new ArrayList<>();
        if (due.overdueOn(day)) {
            when.add(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(locale)
                    .format(task.dueDate()));
        }
        if (task.dueTime() != null) {
            when.add(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                    .withLocale(locale)
                    .format(task.dueTime()));
        }
        if (!when.isEmpty()) {
            line.append(" · ").append(text(locale, "followup.reminder.mail.due", String.join(" ", when)));
        }
        return line.append("\n  ")
                .append(base)
                .append("/thirdparties/")
                .append(task.target().thirdParty().value())
                .toString();
    }

    /** A message with plain-text arguments (a number is not formatted: "1234", as the subject shows it). */
    private String text(Locale locale, String key, Object arg) {
        return messages.getMessage(key, new Object[] {String.valueOf(arg)}, locale);
    }

    /** The rep's language, one of the four (else English). */
    static Locale locale(RelanceUser user) {
        String tag = user.locale() == null ? "" : user.locale().getLanguage();
        return SupportedLocales.isSupported(tag) ? SupportedLocales.of(tag) : Locale.ENGLISH;
    }
}
