package io.relance.followup;

import io.relance.followup.agenda.DueTaskQuery;
import io.relance.followup.task.TaskTitles;
import io.relance.shared.WorkspaceId;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agenda as other modules may read it, and the reminders do: every rep's open tasks due by a day, in one query
 * for the whole workspace, and a task's words in a reader's language. Read models only; whoever asks decides who may
 * read them.
 */
@Service
public class FollowUpAgenda {

    /** The most tasks {@link #dueBy} lists per rep. */
    public static final int MAX_LISTED = 200;

    private final DueTaskQuery due;
    private final TaskTitles titles;
    private final MessageSource messages;

    FollowUpAgenda(DueTaskQuery due, TaskTitles titles, MessageSource messages) {
        this.due = due;
        this.titles = titles;
        this.messages = messages;
    }

    /**
     * Each assignee with open tasks overdue or due on {@code day} (tasks of live third parties): his exact counts and
     * his first {@code listed} tasks (at most {@link #MAX_LISTED}; 0 for the counts only), oldest first.
     */
    @Transactional(readOnly = true)
    public List<DueTasks> dueBy(WorkspaceId workspace, LocalDate day, int listed) {
        return due.dueBy(workspace, day, Math.min(Math.max(listed, 0), MAX_LISTED));
    }

    /** The task's title as a reader of {@code locale} reads it (a rule's title is translated). */
    public String title(TaskView task, Locale locale) {
        return titles.text(task, locale);
    }

    /** The name of a type of task ("Call", "Appel"). */
    public String typeName(TaskType type, Locale locale) {
        return messages.getMessage("followup.task.type." + type.name(), null, type.name(), locale);
    }
}
