package io.relance.followup.web.myday;

import io.relance.followup.agenda.TaskFilter;
import io.relance.followup.agenda.TaskFilter.Due;
import io.relance.followup.agenda.TaskRow;
import io.relance.followup.agenda.TaskSearch;
import io.relance.followup.web.TaskForms;
import io.relance.shared.ListPage;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.shared.UserId;
import io.relance.workspace.UserSummary;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What My day shows, worked out once per request for its sections: whose tasks (the user's own; a manager or admin
 * may ask for a teammate's, {@code ?view=<user id>}, or the team's, {@code ?view=team}), the open ones overdue, due
 * today and later, and what the rows' forms offer (the classifications, the snooze days, the members).
 */
@Component
class MyDay {

    /** The team's view ({@code ?view=team}). */
    static final String TEAM = "team";

    /** How many tasks each section shows, and with {@code ?all=true}. */
    static final int SHOWN = 50;

    static final int UPCOMING_SHOWN = 20;

    static final int ALL = PageRequest.MAX_LIMIT;

    private static final String ATTRIBUTE = MyDay.class.getName();

    /** A choice of the view select: its value ({@code me}, {@code team} or a user id) and a member's name. */
    public record Option(String value, String name) {}

    /** One section's tasks, and whether more are due than it shows. */
    public record Section(String kind, List<TaskRow> rows, boolean more) {}

    /**
     * The whole of My day for one request.
     *
     * @param canChoose whether the user may look at a teammate's day or the team's
     * @param options the teammates he may choose
     * @param forms what the rows' forms offer, and the view they carry back
     */
    public record Model(
            boolean canChoose,
            List<Option> options,
            TaskForms forms,
            Section overdue,
            Section dueToday,
            Section upcoming) {

        public boolean empty() {
            return overdue.rows().isEmpty()
                    && dueToday.rows().isEmpty()
                    && upcoming.rows().isEmpty();
        }
    }

    private final TaskSearch search;
    private final TaskForms.Factory forms;

    MyDay(TaskSearch search, TaskForms.Factory forms) {
        this.search = search;
        this.forms = forms;
    }

    Model of(RelanceUser me) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Model m) {
            return m;
        }
        Model model = build(me, parameter("view"), "true".equals(parameter("all")));
        if (request != null) {
            request.setAttribute(ATTRIBUTE, model, RequestAttributes.SCOPE_REQUEST);
        }
        return model;
    }

    Model build(RelanceUser me, String asked, boolean all) {
        String view = "me";
        UserId assignee = me.userId();
        TaskForms options = forms.of(me, "myday", view, false);
        if (me.seesAll() && TEAM.equals(asked)) {
            view = TEAM;
            assignee = null;
        } else if (me.seesAll()
                && asked != null
                && !asked.equals(me.userId().value().toString())) {
            UUID teammate = uuid(asked);
            if (teammate != null && options.names().containsKey(teammate)) {
                view = asked;
                assignee = new UserId(teammate);
            }
        }
        if (!view.equals("me")) {
            options = forms.of(me, "myday", view, assignee == null);
        }
        int shown = all ? ALL : SHOWN;
        return new Model(
                me.seesAll(),
                teammates(me, options.members()),
                options,
                section(me, assignee, Due.OVERDUE, shown),
                section(me, assignee, Due.TODAY, shown),
                section(me, assignee, Due.UPCOMING, all ? ALL : UPCOMING_SHOWN));
    }

    private Section section(RelanceUser me, UserId assignee, Due due, int shown) {
        ListPage<TaskRow> page = search.list(me, TaskFilter.open(assignee, due), PageRequest.of(shown, null));
        return new Section(due.name().toLowerCase(java.util.Locale.ROOT), page.items(), page.nextCursor() != null);
    }

    private static List<Option> teammates(RelanceUser me, List<UserSummary> members) {
        if (!me.seesAll()) {
            return List.of();
        }
        List<Option> options = new java.util.ArrayList<>();
        members.stream()
                .filter(u -> !u.id().equals(me.userId()))
                .forEach(u -> options.add(new Option(u.id().value().toString(), u.displayName())));
        return options;
    }

    private static String parameter(String name) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            return servlet.getRequest().getParameter(name);
        }
        return null;
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
