package io.relance.followup.web;

import io.relance.followup.WorkingCalendar;
import io.relance.followup.WorkingDays;
import io.relance.followup.classification.ClassificationView;
import io.relance.followup.classification.Classifying;
import io.relance.shared.RelanceUser;
import io.relance.workspace.UserSummary;
import io.relance.workspace.WorkspaceManagement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the forms of a task row offer (complete, snooze, reassign), the same on My day and on a record: the
 * classifications to choose from, the snooze days, the members to give a task to, and where the answer goes back.
 *
 * @param from {@code myday} or {@code record}: the page the forms come back to
 * @param view My day's view ({@code me}, {@code team} or a teammate's id), carried back
 * @param today the workspace's today, for the badges
 * @param tomorrow the next working day
 * @param nextWeek next week's first working day
 * @param showAssignee whether rows name their assignee (the team's view, a record)
 * @param canReassign managers and admins
 * @param names the active members' names by id
 */
public record TaskForms(
        String from,
        String view,
        LocalDate today,
        LocalDate tomorrow,
        LocalDate nextWeek,
        List<ClassificationView> classifications,
        List<UserSummary> members,
        Map<UUID, String> names,
        boolean showAssignee,
        boolean canReassign) {

    /** Builds the forms' options for one page ({@code TaskForms.Factory#of}). */
    @Component
    public static class Factory {

        private final WorkingCalendar calendar;
        private final WorkspaceManagement workspaces;
        private final Classifying classifying;

        Factory(WorkingCalendar calendar, WorkspaceManagement workspaces, Classifying classifying) {
            this.calendar = calendar;
            this.workspaces = workspaces;
            this.classifying = classifying;
        }

        public TaskForms of(RelanceUser me, String from, String view, boolean showAssignee) {
            List<UserSummary> members = workspaces.members(me.workspaceId()).stream()
                    .filter(UserSummary::active)
                    .toList();
            Map<UUID, String> names = new LinkedHashMap<>();
            members.forEach(u -> names.put(u.id().value(), u.displayName()));
            LocalDate today = calendar.today(me.workspaceId());
            WorkingDays days = calendar.of(me.workspaceId());
            return new TaskForms(
                    from,
                    view,
                    today,
                    days.onOrAfter(today.plusDays(1)),
                    days.onOrAfter(today.with(TemporalAdjusters.next(DayOfWeek.MONDAY))),
                    classifying.active(me.workspaceId(), LocaleContextHolder.getLocale()),
                    members,
                    names,
                    showAssignee,
                    me.seesAll());
        }
    }
}
