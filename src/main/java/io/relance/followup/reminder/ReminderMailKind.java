package io.relance.followup.reminder;

import io.relance.messaging.MailTemplateKind;
import io.relance.messaging.MergeField;
import java.util.stream.Stream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The e-mail digest of the reminders as a kind of e-mail ({@code followup.task-digest}): admins may word it per
 * language under Settings → E-mail templates. {@code tasks.list} is the list Relance writes in the rep's language
 * (one line per task, its record's address under it); the labels, examples and default wording are this module's
 * messages {@code followup.reminder.field.*}, {@code .sample.*} and {@code .template.*}.
 */
@Configuration(proxyBeanMethods = false)
class ReminderMailKind {

    static final String KIND = "followup.task-digest";

    @Bean
    MailTemplateKind taskDigestKind() {
        return new MailTemplateKind(
                KIND,
                "followup.reminder.kind",
                Stream.of(
                                "rep.name",
                                "digest.date",
                                "tasks.today",
                                "tasks.overdue",
                                "tasks.list",
                                "myday.url",
                                "profile.url")
                        .map(key -> new MergeField(
                                key, "followup.reminder.field." + key, "followup.reminder.sample." + key))
                        .toList(),
                "followup.reminder.template.subject",
                "followup.reminder.template.body");
    }
}
