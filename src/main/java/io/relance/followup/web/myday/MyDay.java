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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What My day shows, worked out once per request for its sections: whose tasks (the user's own; a manager or admin
 * may ask for a teammate's, {@code ?view=<user id>}, or the team's, {@code ?view=team}), the open ones overdue, due
 * today and later, each section with how many it holds and a cursor to the next ones (nothing is left out silently),
 * and what the rows' forms offer (the classifications, the snooze days, the members).
 */
@Component
record MyDay(TaskSearch search, TaskForms.Factory forms) {

    /** The team's view ({@code ?view=team}). */
    static final String TEAM = "team";

    /** How many tasks each section shows at once (the overdue and today's; then the upcoming). */
    static final int SHOWN = 50;

    static final int UPCOMING_SHOWN = 20;

    private static final String ATTRIBUTE = MyDay.class.getName();

    /** A choice of the view select: its value ({@code me}, {@code team} or a user id) and a member's name. */
    public record Option(String value, String name) {}

    /**
     * One section's tasks: those after the {@code before} it already showed, how many it holds in all, and the cursor
     * to the next ones (null when these are the last).
     */
    public record Section(String kind, List<TaskRow> rows, long total, long before, String next) {

        public boolean more() {
            return next != null;
        }

        /** How many tasks were shown once these are. */
        public long seen() {
            return before + rows.size();
        }

        /** How many are not shown yet. */
        public long left() {
            return Math.max(0, total - seen());
        }
    }

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
            return overdue.total() == 0 && dueToday.total() == 0 && upcoming.total() == 0;
        }
    }

    /** Whose day the user looks at: the view carried back, the assignee (null: the team), the rows' forms. */
    private record Whose(String view, UserId assignee, TaskForms forms) {}

    Model of(RelanceUser me) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Model m) {
            return m;
        }
        Model model = build(me, parameter("view"));
        if (request != null) {
            request.setAttribute(ATTRIBUTE, model, RequestAttributes.SCOPE_REQUEST);
        }
        return model;
    }

    Model build(RelanceUser me, String asked) {
        Whose whose = whose(me, asked);
        Map<Due, Long> totals = search.countOpen(me, whose.assignee());
        return new Model(
                me.seesAll(),
                teammates(me, whose.forms().members()),
                whose.forms(),
                section(me, whose.assignee(), Due.OVERDUE, totals.get(Due.OVERDUE), null, 0),
                section(me, whose.assignee(), Due.TODAY, totals.get(Due.TODAY), null, 0),
                section(me, whose.assignee(), Due.UPCOMING, totals.get(Due.UPCOMING), null, 0));
    }

    /** One section's next tasks, after {@code cursor} (the {@code before} it showed already): its "show more". */
    MyDaySections.Part more(RelanceUser me, String asked, Due due, String cursor, long before) {
        Whose whose = whose(me, asked);
        Map<Due, Long> totals = search.countOpen(me, whose.assignee());
        Section none = new Section("", List.of(), 0, 0, null);
        Section section = section(me, whose.assignee(), due, totals.get(due), cursor, Math.max(0, before));
        Model day = new Model(me.seesAll(), List.of(), whose.forms(), none, none, none);
        return new MyDaySections.Part(day, section);
    }

    private Whose whose(RelanceUser me, String asked) {
        TaskForms mine = forms.of(me, "myday", "me", false);
        if (me.seesAll() && TEAM.equals(asked)) {
            return new Whose(TEAM, null, forms.of(me, "myday", TEAM, true));
        }
        if (me.seesAll() && asked != null && !asked.equals(me.userId().value().toString())) {
            UUID teammate = uuid(asked);
            if (teammate != null && mine.names().containsKey(teammate)) {
                return new Whose(asked, new UserId(teammate), forms.of(me, "myday", asked, false));
            }
        }
        return new Whose("me", me.userId(), mine);
    }

    private Section section(RelanceUser me, UserId assignee, Due due, long total, String cursor, long before) {
        int shown = due == Due.UPCOMING ? UPCOMING_SHOWN : SHOWN;
        ListPage<TaskRow> page = search.list(me, TaskFilter.open(assignee, due), PageRequest.of(shown, cursor));
        return new Section(due.name().toLowerCase(Locale.ROOT), page.items(), total, before, page.nextCursor());
    }

    private static List<Option> teammates(RelanceUser me, List<UserSummary> members) {
        if (!me.seesAll()) {
            return List.of();
        }
        List<Option> options = new ArrayList<>();
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
