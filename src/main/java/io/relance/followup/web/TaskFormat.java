package io.relance.followup.web;

import io.relance.followup.TaskType;
import io.relance.followup.TaskView;
import io.relance.followup.task.TaskTitles;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the pages show a task ({@code @taskFormat}): its title and due day in the reader's language, its icon, and
 * when it is due against today — overdue (red), today (green) or later (grey), always with its word.
 */
@Component("taskFormat")
public class TaskFormat {

    private final TaskTitles titles;

    TaskFormat(TaskTitles titles) {
        this.titles = titles;
    }

    public String title(TaskView task) {
        return titles.text(task, LocaleContextHolder.getLocale());
    }

    /** The due day (and time, when set) as the reader's language writes them: "12 mars 2027, 14:30". */
    public String due(TaskView task) {
        String day = day(task.dueDate());
        if (task.dueTime() == null) {
            return day;
        }
        return day + ", "
                + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                        .withLocale(LocaleContextHolder.getLocale())
                        .format(task.dueTime());
    }

    public String day(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(LocaleContextHolder.getLocale())
                .format(date);
    }

    /** {@code overdue}, {@code today} or {@code later}: the badge's class and its word's key. */
    public String when(TaskView task, LocalDate today) {
        if (task.dueDate().isBefore(today)) {
            return "overdue";
        }
        return task.dueDate().isEqual(today) ? "today" : "later";
    }

    /** The types of task, in the order the "new task" box offers them. */
    public TaskType[] types() {
        return TaskType.values();
    }

    /** The Bootstrap icon of a task's type. */
    public String icon(TaskType type) {
        return switch (type) {
            case CALL -> "bi-telephone";
            case EMAIL -> "bi-envelope";
            case SMS -> "bi-chat-text";
            case VISIT -> "bi-geo-alt";
            case MEETING -> "bi-people";
            case TODO -> "bi-check2-square";
        };
    }
}
