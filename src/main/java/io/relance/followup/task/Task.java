package io.relance.followup.task;

import io.relance.followup.FollowUpRule;
import io.relance.followup.RuleTask;
import io.relance.followup.TaskCancelled;
import io.relance.followup.TaskCompleted;
import io.relance.followup.TaskId;
import io.relance.followup.TaskOrigin;
import io.relance.followup.TaskPlanned;
import io.relance.followup.TaskReassigned;
import io.relance.followup.TaskStatus;
import io.relance.followup.TaskTarget;
import io.relance.followup.TaskType;
import io.relance.followup.TaskView;
import io.relance.shared.Ids;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A follow-up task: planned (by someone or a rule), then done with an outcome, snoozed to a later day, given to
 * someone else, or cancelled. Each transition checks the task is still open and registers its event; {@link Tasks}
 * saves it and the use case publishes what it registered.
 */
public final class Task {

    private final WorkspaceId workspace;
    private final TaskId id;
    private final long version;
    private final TaskType type;
    private TaskStatus status;
    private LocalDate dueDate;
    private LocalTime dueTime;
    private UserId assignee;
    private final TaskTarget target;
    private final TaskOrigin origin;
    private final FollowUpRule rule;
    private final String ruleKey;
    private String title;
    private String notes;
    private String outcome;
    private String classification;
    private final UserId createdBy;
    private final Instant createdAt;
    private Instant closedAt;
    private UserId closedBy;
    private final List<Object> events = new ArrayList<>();

    Task(
            WorkspaceId workspace,
            TaskId id,
            long version,
            TaskType type,
            TaskStatus status,
            LocalDate dueDate,
            LocalTime dueTime,
            UserId assignee,
            TaskTarget target,
            TaskOrigin origin,
            FollowUpRule rule,
            String ruleKey,
            String title,
            String notes,
            String outcome,
            String classification,
            UserId createdBy,
            Instant createdAt,
            Instant closedAt,
            UserId closedBy) {
        this.workspace = workspace;
        this.id = id;
        this.version = version;
        this.type = type;
        this.status = status;
        this.dueDate = dueDate;
        this.dueTime = dueTime;
        this.assignee = assignee;
        this.target = target;
        this.origin = origin;
        this.rule = rule;
        this.ruleKey = ruleKey;
        this.title = title;
        this.notes = notes;
        this.outcome = outcome;
        this.classification = classification;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.closedAt = closedAt;
        this.closedBy = closedBy;
    }

    /** A task someone plans. */
    public static Task plan(
            WorkspaceId ws,
            TaskType type,
            TaskTarget target,
            UserId assignee,
            LocalDate dueDate,
            LocalTime dueTime,
            String title,
            String notes,
            UserId by,
            Instant now) {
        Task task = new Task(
                ws,
                new TaskId(Ids.newId()),
                0,
                type,
                TaskStatus.OPEN,
                dueDate,
                dueTime,
                assignee,
                target,
                TaskOrigin.MANUAL,
                null,
                null,
                title,
                notes,
                null,
                null,
                by,
                now,
                null,
                null);
        task.events.add(new TaskPlanned(ws, task.id, type, target, assignee, dueDate, null, by));
        return task;
    }

    /** A task a rule plans. */
    public static Task plan(RuleTask planned, Instant now) {
        Task task = new Task(
                planned.workspace(),
                new TaskId(Ids.newId()),
                0,
                planned.type(),
                TaskStatus.OPEN,
                planned.dueDate(),
                null,
                planned.assignee(),
                planned.target(),
                TaskOrigin.RULE,
                planned.rule(),
                planned.ruleKey(),
                planned.title(),
                planned.notes(),
                null,
                null,
                null,
                now,
                null,
                null);
        task.events.add(new TaskPlanned(
                planned.workspace(),
                task.id,
                planned.type(),
                planned.target(),
                planned.assignee(),
                planned.dueDate(),
                planned.rule(),
                null));
        return task;
    }

    /** Done, with what came of it and, optionally, the classification the rep chose for the third party. */
    public void complete(String outcome, String classification, UserId by, Instant now) {
        requireOpen();
        this.status = TaskStatus.DONE;
        this.outcome = outcome;
        this.classification = classification;
        this.closedAt = now;
        this.closedBy = by;
        events.add(new TaskCompleted(workspace, id, type, target, outcome, classification, by, now));
    }

    /** Put off to a later day (its time of day is kept). */
    public void snooze(LocalDate until) {
        requireOpen();
        this.dueDate = until;
    }

    /** Given to someone else, by a manager or an admin ({@code by}); nothing happens when it is his already. */
    public void reassign(UserId to, UserId by) {
        requireOpen();
        if (to.equals(assignee)) {
            return;
        }
        UserId from = assignee;
        this.assignee = to;
        events.add(new TaskReassigned(workspace, id, type, target, from, to, dueDate, by));
    }

    /** Its title, notes, due date and time changed. */
    public void edit(String title, String notes, LocalDate dueDate, LocalTime dueTime) {
        requireOpen();
        this.title = title;
        this.notes = notes;
        this.dueDate = dueDate;
        this.dueTime = dueTime;
    }

    /** Cancelled by someone, or by its rule ({@code by} null: replaced, or no longer needed). */
    public void cancel(UserId by, Instant now) {
        requireOpen();
        this.status = TaskStatus.CANCELLED;
        this.closedAt = now;
        this.closedBy = by;
        events.add(new TaskCancelled(workspace, id, target, by, now));
    }

    private void requireOpen() {
        if (status != TaskStatus.OPEN) {
            throw new TaskClosedException(id, status);
        }
    }

    public List<Object> takeEvents() {
        List<Object> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    public TaskView view() {
        return new TaskView(
                id,
                version,
                type,
                status,
                dueDate,
                dueTime,
                assignee,
                target,
                origin,
                rule,
                title,
                notes,
                outcome,
                classification,
                createdAt,
                closedAt);
    }

    public WorkspaceId workspace() {
        return workspace;
    }

    public TaskId id() {
        return id;
    }

    public long version() {
        return version;
    }

    public TaskType type() {
        return type;
    }

    public TaskStatus status() {
        return status;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public LocalTime dueTime() {
        return dueTime;
    }

    public UserId assignee() {
        return assignee;
    }

    public TaskTarget target() {
        return target;
    }

    public TaskOrigin origin() {
        return origin;
    }

    public FollowUpRule rule() {
        return rule;
    }

    public String ruleKey() {
        return ruleKey;
    }

    public String title() {
        return title;
    }

    public String notes() {
        return notes;
    }

    public String outcome() {
        return outcome;
    }

    public String classification() {
        return classification;
    }

    public UserId createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public UserId closedBy() {
        return closedBy;
    }
}
