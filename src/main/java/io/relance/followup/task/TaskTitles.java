package io.relance.followup.task;

import io.relance.followup.TaskView;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The text of a task's title in a reader's language. A rule stores as title a message key of this module's bundle,
 * {@code followup.task.title.<name>}, optionally with plain-text arguments after {@code |}
 * ({@code followup.task.title.adviceNotOpened|QU2612-0001}); a person types his own. A stored title that is not such
 * a known key is shown as typed. Used by My day, the record's panel, the API, the iCal feed and the digest.
 */
@Component
public class TaskTitles {

    /** What every translated title starts with. */
    public static final String PREFIX = "followup.task.title.";

    private final MessageSource messages;

    TaskTitles(MessageSource messages) {
        this.messages = messages;
    }

    /** The stored title as a reader of {@code locale} reads it. */
    public String text(String stored, Locale locale) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        String[] parts = stored.split("\\|", -1);
        Object[] args = Arrays.copyOfRange(parts, 1, parts.length, Object[].class);
        String text = messages.getMessage(parts[0], args, null, locale);
        return text == null ? stored : text;
    }

    public String text(TaskView task, Locale locale) {
        return text(task.title(), locale);
    }

    /** The title a task of this type gets when the person planning it typed none (stored as a key). */
    public static String byDefault(io.relance.followup.TaskType type) {
        return PREFIX + "type." + type.name().toLowerCase(Locale.ROOT);
    }

    /** A rule's title: the key {@code followup.task.title.<name>} with its plain-text arguments. */
    public static String key(String name, String... args) {
        StringBuilder stored = new StringBuilder(PREFIX).append(name);
        for (String arg : args) {
            stored.append('|').append(arg == null ? "" : arg.replace('|', '/'));
        }
        return stored.toString();
    }
}
