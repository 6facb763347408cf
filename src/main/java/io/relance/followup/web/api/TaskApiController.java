package io.relance.followup.web.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.relance.followup.ContactCheck;
import io.relance.followup.ContactRules;
import io.relance.followup.TaskId;
import io.relance.followup.TaskView;
import io.relance.followup.agenda.TaskFilter;
import io.relance.followup.agenda.TaskSearch;
import io.relance.followup.task.NewTask;
import io.relance.followup.task.TaskClosedException;
import io.relance.followup.task.TaskCompletion;
import io.relance.followup.task.TaskEdit;
import io.relance.followup.task.TaskManagement;
import io.relance.followup.task.TaskTitles;
import io.relance.shared.Ids;
import io.relance.shared.ListPage;
import io.relance.shared.PageRequest;
import io.relance.shared.Problems;
import io.relance.shared.RelanceUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/tasks}: list, plan, read and change follow-up tasks; complete, snooze, reassign (managers) and cancel
 * them.
 */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks", description = "Follow-up tasks: calls, e-mails, SMS, visits, meetings, to-dos; My day's lists")
record TaskApiController(
        TaskManagement tasks,
        TaskCompletion completion,
        TaskSearch search,
        TaskTitles titles,
        io.relance.shared.web.PageTexts texts,
        ContactRules contactRules) {

    /** The body of a PATCH: absent fields stay; {@code dueTime} or {@code notes} given as null are cleared. */
    record EditBody(
            String title, Optional<String> notes, LocalDate dueDate, Optional<LocalTime> dueTime, Long version) {}

    record CompleteBody(String outcome, String classification, Long version) {}

    record SnoozeBody(LocalDate until, Long version) {}

    record ReassignBody(UUID assigneeId, Long version) {}

    record VersionBody(Long version) {}

    @GetMapping
    @Operation(
            summary = "The tasks the user may reach (assigned to him, or about a third party he may see), soonest "
                    + "first: assignee=me|<user id>, due=overdue|today|upcoming (today in the workspace's time zone; "
                    + "overdue = open and due before today), thirdpartyId, status (OPEN, DONE, CANCELLED; repeatable or "
                    + "comma-separated), limit, cursor")
    ListPage<TaskJson> list(
            @AuthenticationPrincipal RelanceUser me, @RequestParam MultiValueMap<String, String> params) {
        PageRequest page = PageRequest.parse(params.getFirst("limit"), params.getFirst("cursor"));
        return search.list(me, TaskFilter.read(me, params), page).map(r -> json(me, r.task()));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Plan a task: type (call, email, sms, visit, meeting, todo), dueDate (today or later), dueTime, "
                    + "thirdpartyId (required), contactId (one of its contacts), quoteId (one of its quotes), "
                    + "assigneeId (default: the third party's owner; a sales rep plans for himself or the owner), "
                    + "title (default: the type's), notes")
    PlannedJson create(@AuthenticationPrincipal RelanceUser me, @RequestBody NewTask body) {
        TaskView planned = tasks.plan(me, body);
        return new PlannedJson(json(me, planned), contactRules.warnings(me, planned));
    }

    /**
     * A task as planned, and the contact rules the contact it plans breaks ({@code warnings}: rule, effect, message,
     * until; planned all the same).
     */
    record PlannedJson(@JsonUnwrapped TaskJson task, List<ContactCheck.Reason> warnings) {}

    @GetMapping("/{id}")
    @Operation(summary = "A task")
    TaskJson get(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        return json(me, tasks.get(me, taskId(id)));
    }

    @PatchMapping("/{id}")
    @Operation(
            summary =
                    "Change an open task's title, notes, dueDate or dueTime at the version read (required; 409 when "
                            + "stale or when the task is closed). Absent fields stay; notes or dueTime given as null are cleared")
    TaskJson update(@AuthenticationPrincipal RelanceUser me, @PathVariable String id, @RequestBody EditBody body) {
        return json(
                me,
                tasks.edit(
                        me,
                        taskId(id),
                        new TaskEdit(body.title(), body.notes(), body.dueDate(), body.dueTime(), body.version())));
    }

    @PostMapping("/{id}/complete")
    @Operation(
            summary = "Mark an open task done with its outcome (at most 200 characters), logged on the third party's "
                    + "timeline as the call, visit, e-mail, SMS or meeting it was (a to-do's as a note). A "
                    + "classification (a key of /api/v1/classifications) classifies the third party and plans its "
                    + "next task; blank plans none. version optional (409 when stale)")
    TaskJson complete(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @RequestBody CompleteBody body) {
        return json(me, completion.complete(me, taskId(id), body.outcome(), body.classification(), body.version()));
    }

    @PostMapping("/{id}/snooze")
    @Operation(summary = "Put an open task off until a later day (after today); version optional (409 when stale)")
    TaskJson snooze(@AuthenticationPrincipal RelanceUser me, @PathVariable String id, @RequestBody SnoozeBody body) {
        return json(me, tasks.snooze(me, taskId(id), body.until(), body.version()));
    }

    @PostMapping("/{id}/reassign")
    @Operation(
            summary = "Give an open task to another active member (managers and admins; 403 for a sales rep); "
                    + "version optional (409 when stale)")
    TaskJson reassign(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @RequestBody ReassignBody body) {
        return json(me, tasks.reassign(me, taskId(id), body.assigneeId(), body.version()));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel an open task; version optional (409 when stale)")
    TaskJson cancel(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestBody(required = false) VersionBody body) {
        return json(me, tasks.cancel(me, taskId(id), body == null ? null : body.version()));
    }

    @ExceptionHandler(TaskClosedException.class)
    ResponseEntity<ProblemDetail> closed(TaskClosedException e) {
        ProblemDetail problem = Problems.problem(
                HttpStatus.CONFLICT,
                "Conflict",
                texts.text(
                        "followup.task.problem.closed",
                        texts.text("followup.task.status." + e.status().name())));
        problem.setProperty("status", e.status().name());
        return Problems.answer(problem);
    }

    private TaskJson json(RelanceUser me, TaskView task) {
        return TaskJson.of(task, titles.text(task, LocaleContextHolder.getLocale()));
    }

    static TaskId taskId(String id) {
        return new TaskId(Ids.parse(id));
    }
}
