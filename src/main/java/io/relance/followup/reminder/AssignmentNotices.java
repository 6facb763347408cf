package io.relance.followup.reminder;

import io.relance.followup.TaskId;
import io.relance.followup.TaskPlanned;
import io.relance.followup.TaskReassigned;
import io.relance.followup.TaskStatus;
import io.relance.followup.task.Task;
import io.relance.followup.task.TaskTitles;
import io.relance.followup.task.Tasks;
import io.relance.notification.NewNotification;
import io.relance.notification.Notifications;
import io.relance.party.ThirdPartyLookup;
import io.relance.party.ThirdPartySummary;
import io.relance.shared.RelanceUser;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import io.relance.workspace.UserSummary;
import io.relance.workspace.WorkspaceManagement;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A user is told in the app when someone else gives him a task: planned for him by another member (a manager, or a
 * rep for the third party's owner), or reassigned to him. The notification names who gave it, its title, its third
 * party and its due day in his language, and leads to the third party's record. Tasks that rules plan, and those a
 * user plans for himself, notify nobody (the daily reminder lists them). It reacts after the task's transaction
 * committed, in its own; a task closed or given to someone else meanwhile notifies nobody.
 */
@Component
class AssignmentNotices {

    static final String NOTICE = "followup.reminder.assigned";

    private final Tasks tasks;
    private final TaskTitles titles;
    private final ThirdPartyLookup parties;
    private final WorkspaceManagement workspaces;
    private final Notifications notifications;

    AssignmentNotices(
            Tasks tasks,
            TaskTitles titles,
            ThirdPartyLookup parties,
            WorkspaceManagement workspaces,
            Notifications notifications) {
        this.tasks = tasks;
        this.titles = titles;
        this.parties = parties;
        this.workspaces = workspaces;
        this.notifications = notifications;
    }

    /**
     * The conditions keep the tasks nobody gave (the rules' — thousands in a daily run — and a user's own) out of the
     * event publication registry.
     */
    @ApplicationModuleListener(condition = "#p0.by() != null && !#p0.by().equals(#p0.assignee())")
    void on(TaskPlanned e) {
        tell(e.workspace(), e.task(), e.assignee(), e.by());
    }

    @ApplicationModuleListener(condition = "#p0.by() != null && !#p0.by().equals(#p0.to())")
    void on(TaskReassigned e) {
        tell(e.workspace(), e.task(), e.to(), e.by());
    }

    private void tell(WorkspaceId ws, TaskId id, UserId to, UserId by) {
        Optional<Task> task = tasks.find(ws, id).filter(t -> t.status() == TaskStatus.OPEN);
        Optional<RelanceUser> user = workspaces.reload(ws, to);
        if (task.isEmpty() || !task.get().assignee().equals(to) || user.isEmpty()) {
            return;
        }
        Task t = task.get();
        Locale locale = user.get().locale();
        String party = parties.find(ws, t.target().thirdParty())
                .map(ThirdPartySummary::name)
                .orElse(null);
        if (party == null) {
            return; // deleted meanwhile
        }
        String giver = workspaces.member(ws, by).map(UserSummary::displayName).orElse("");
        String due = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(t.dueDate());
        notifications.notify(new NewNotification(
                ws,
                to,
                NOTICE,
                List.of(giver, titles.text(t.title(), locale), party, due),
                "/thirdparties/" + t.target().thirdParty().value()));
    }
}
