package io.relance.followup.task;

import io.relance.followup.ContactRules;
import io.relance.followup.TaskId;
import io.relance.followup.TaskTarget;
import io.relance.followup.TaskType;
import io.relance.followup.TaskView;
import io.relance.followup.WorkingCalendar;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.party.ThirdPartySummary;
import io.relance.quote.QuoteId;
import io.relance.quote.QuoteLookup;
import io.relance.shared.FieldProblem;
import io.relance.shared.ForbiddenException;
import io.relance.shared.InvalidInputException;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.Text;
import io.relance.shared.UserId;
import io.relance.workspace.UserSummary;
import io.relance.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tasks people plan and work: plan one, read it, change it, snooze it, give it to someone else (managers), cancel
 * it. A user reaches a task assigned to him or about a third party he may see (the party module's rule); any other,
 * and any of another workspace, is "not found". Completing one is {@link TaskCompletion}'s.
 */
@Service
public class TaskManagement {

    static final int TITLE_MAX = 200;
    static final int NOTES_MAX = 4000;

    private final Tasks tasks;
    private final ThirdPartyLookup parties;
    private final QuoteLookup quotes;
    private final WorkspaceManagement workspaces;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final ContactRules contactRules;

    TaskManagement(
            Tasks tasks,
            ThirdPartyLookup parties,
            QuoteLookup quotes,
            WorkspaceManagement workspaces,
            WorkingCalendar calendar,
            ApplicationEventPublisher events,
            ContactRules contactRules,
            Clock clock) {
        this.contactRules = contactRules;
        this.tasks = tasks;
        this.parties = parties;
        this.quotes = quotes;
        this.workspaces = workspaces;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    /** Plans a task; every bad field is a field error, and nothing is written while any is. */
    @Transactional
    public TaskView plan(RelanceUser me, NewTask in) {
        List<FieldProblem> problems = new ArrayList<>();
        TaskType type = type(in.type(), problems);
        if (in.dueDate() == null) {
            problems.add(new FieldProblem("dueDate", "validation.required"));
        } else if (in.dueDate().isBefore(calendar.today(me.workspaceId()))) {
            problems.add(new FieldProblem("dueDate", "followup.task.dueDate.past"));
        }
        ThirdPartySummary party = null;
        if (in.thirdpartyId() == null) {
            problems.add(new FieldProblem("thirdpartyId", "validation.required"));
        } else {
            party = parties.find(me, new ThirdPartyId(in.thirdpartyId())).orElse(null);
            if (party == null) {
                problems.add(new FieldProblem("thirdpartyId", "followup.task.thirdParty.unknown"));
            }
        }
        TaskTarget target = party == null ? null : target(me, party, in.contactId(), in.quoteId(), problems);
        UserId assignee = party == null ? null : assignee(me, party, in.assigneeId(), problems);
        String title = Text.clean("title", in.title(), TITLE_MAX, problems);
        String notes = Text.clean("notes", in.notes(), NOTES_MAX, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (type.contact()) {
            // exclusivity: a contact is planned only for whoever may contact the third party
            contactRules.requireMayContact(me.workspaceId(), party.id(), assignee, me.locale());
        }
        Task task = Task.plan(
                me.workspaceId(),
                type,
                target,
                assignee,
                in.dueDate(),
                in.dueTime(),
                title == null ? TaskTitles.byDefault(type) : title,
                notes,
                me.userId(),
                clock.instant());
        tasks.insert(task);
        publish(task);
        return task.view();
    }

    /** A task this user may reach. */
    @Transactional(readOnly = true)
    public TaskView get(RelanceUser me, TaskId id) {
        return reachable(me, id).view();
    }

    /** Changes its title, notes, due date or time at the version read. */
    @Transactional
    public TaskView edit(RelanceUser me, TaskId id, TaskEdit in) {
        Task task = reachable(me, id);
        List<FieldProblem> problems = new ArrayList<>();
        if (in.version() == null) {
            problems.add(new FieldProblem("version", "validation.required"));
        }
        String title = task.title();
        if (in.title() != null) {
            title = Text.clean("title", in.title(), TITLE_MAX, problems);
            if (title == null) {
                problems.add(new FieldProblem("title", "validation.required"));
            }
        }
        String notes = task.notes();
        if (in.notes() != null) {
            notes = Text.clean("notes", in.notes().orElse(null), NOTES_MAX, problems);
        }
        if (in.dueDate() != null
                && !in.dueDate().equals(task.dueDate())
                && in.dueDate().isBefore(calendar.today(me.workspaceId()))) {
            problems.add(new FieldProblem("dueDate", "followup.task.dueDate.past"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        checkVersion(task, in.version());
        task.edit(
                title,
                notes,
                in.dueDate() == null ? task.dueDate() : in.dueDate(),
                in.dueTime() == null ? task.dueTime() : in.dueTime().orElse(null));
        return save(task);
    }

    /** Puts it off to a later day (after today in the workspace's time zone). */
    @Transactional
    public TaskView snooze(RelanceUser me, TaskId id, LocalDate until, Long version) {
        Task task = reachable(me, id);
        if (until == null) {
            throw new InvalidInputException("until", "validation.required");
        }
        if (!until.isAfter(calendar.today(me.workspaceId()))) {
            throw new InvalidInputException("until", "followup.task.snooze.future");
        }
        checkVersion(task, version);
        task.snooze(until);
        return save(task);
    }

    /** Gives it to another active member of the workspace: managers and admins only. */
    @Transactional
    public TaskView reassign(RelanceUser me, TaskId id, UUID to, Long version) {
        Task task = reachable(me, id);
        if (!me.seesAll()) {
            throw new ForbiddenException();
        }
        if (to == null) {
            throw new InvalidInputException("assigneeId", "validation.required");
        }
        UserId assignee = new UserId(to);
        if (!activeMember(me, assignee)) {
            throw new InvalidInputException("assigneeId", "followup.task.assignee.unknown");
        }
        checkVersion(task, version);
        if (task.type().contact()) {
            contactRules.requireMayContact(me.workspaceId(), task.target().thirdParty(), assignee, me.locale());
        }
        task.reassign(assignee, me.userId());
        return save(task);
    }

    /** Cancels it (someone decided it is not needed). */
    @Transactional
    public TaskView cancel(RelanceUser me, TaskId id, Long version) {
        Task task = reachable(me, id);
        checkVersion(task, version);
        task.cancel(me.userId(), clock.instant());
        return save(task);
    }

    /**
     * The task if this user may reach it: assigned to him, or about a third party he may see (managers and admins
     * see all); a task of a deleted third party is no longer reachable.
     */
    Task reachable(RelanceUser me, TaskId id) {
        Task task = tasks.find(me.workspaceId(), id).orElseThrow(NotFoundException::new);
        ThirdPartyId party = task.target().thirdParty();
        boolean reachable = task.assignee().equals(me.userId())
                ? parties.find(me.workspaceId(), party).isPresent()
                : parties.find(me, party).isPresent();
        if (!reachable) {
            throw new NotFoundException();
        }
        return task;
    }

    static void checkVersion(Task task, Long version) {
        if (version != null && version != task.version()) {
            throw new StaleVersionException();
        }
    }

    TaskView save(Task task) {
        tasks.update(task);
        publish(task);
        return tasks.find(task.workspace(), task.id()).orElseThrow().view();
    }

    private void publish(Task task) {
        task.takeEvents().forEach(events::publishEvent);
    }

    private static TaskType type(String text, List<FieldProblem> problems) {
        String clean = Text.clean(text);
        if (clean == null) {
            problems.add(new FieldProblem("type", "validation.required"));
            return null;
        }
        try {
            return TaskType.valueOf(clean.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("type", "followup.task.type.invalid"));
            return null;
        }
    }

    private TaskTarget target(
            RelanceUser me, ThirdPartySummary party, UUID contactId, UUID quoteId, List<FieldProblem> problems) {
        TaskTarget target = TaskTarget.of(party.id());
        if (contactId != null) {
            if (parties.contact(me.workspaceId(), party.id(), contactId).isEmpty()) {
                problems.add(new FieldProblem("contactId", "followup.task.contact.unknown"));
            }
            target = target.withContact(contactId);
        }
        if (quoteId != null) {
            boolean ours = quotes.quote(me.workspaceId(), new QuoteId(quoteId))
                    .filter(q -> q.thirdPartyId().equals(party.id()))
                    .isPresent();
            if (!ours) {
                problems.add(new FieldProblem("quoteId", "followup.task.quote.unknown"));
            }
            target = target.withQuote(quoteId);
        }
        return target;
    }

    /**
     * The assignee asked for, else the third party's owner. A sales rep plans for himself or for the owner; a
     * manager for any active member.
     */
    private UserId assignee(RelanceUser me, ThirdPartySummary party, UUID asked, List<FieldProblem> problems) {
        UserId assignee = asked == null ? party.ownerId() : new UserId(asked);
        if (!activeMember(me, assignee)) {
            problems.add(new FieldProblem("assigneeId", "followup.task.assignee.unknown"));
        } else if (!me.seesAll() && !assignee.equals(me.userId()) && !assignee.equals(party.ownerId())) {
            problems.add(new FieldProblem("assigneeId", "followup.task.assignee.notAllowed"));
        }
        return assignee;
    }

    private boolean activeMember(RelanceUser me, UserId user) {
        return workspaces
                .member(me.workspaceId(), user)
                .filter(UserSummary::active)
                .isPresent();
    }
}
