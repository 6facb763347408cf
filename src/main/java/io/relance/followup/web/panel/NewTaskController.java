package io.relance.followup.web.panel;

import io.relance.followup.ContactCheck;
import io.relance.followup.ContactRefused;
import io.relance.followup.ContactRules;
import io.relance.followup.TaskView;
import io.relance.followup.task.NewTask;
import io.relance.followup.task.TaskManagement;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.party.ThirdPartySummary;
import io.relance.shared.FieldProblem;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.Flash;
import io.relance.shared.web.HtmxAnswer;
import io.relance.shared.web.PageTexts;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The "new task" box of a record's tasks panel: plans the task; with htmx the panel answers in place (the task in its
 * list, with the contact rules the contact breaks, or the box as typed with its errors beside the fields; a call for a
 * rep who may not contact the third party is refused beside the assignee); without, the record page with the message.
 */
@Controller
record NewTaskController(
        TaskManagement tasks, ThirdPartyLookup parties, TasksPanel panel, PageTexts texts, ContactRules contactRules) {

    static final String VIEW_PANEL = "followup/tasks :: panel";

    /** The box's fields, as typed. */
    record Fields(String type, String dueDate, String dueTime, String assigneeId, String title) {

        Map<String, String> typed() {
            Map<String, String> typed = new LinkedHashMap<>();
            typed.put("type", type == null ? "" : type);
            typed.put("dueDate", dueDate == null ? "" : dueDate);
            typed.put("dueTime", dueTime == null ? "" : dueTime);
            typed.put("assigneeId", assigneeId == null ? "" : assigneeId);
            typed.put("title", title == null ? "" : title);
            return typed;
        }
    }

    @PostMapping("/thirdparties/{id}/tasks")
    String plan(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String dueDate,
            @RequestParam(required = false) String dueTime,
            @RequestParam(required = false) String assigneeId,
            @RequestParam(required = false) String title,
            HtmxAnswer answer) {
        ThirdPartySummary party =
                parties.find(me, new ThirdPartyId(Ids.parse(id))).orElseThrow(NotFoundException::new);
        Fields fields = new Fields(type, dueDate, dueTime, assigneeId, title);
        String page = "/thirdparties/" + party.id();
        List<String> warnings;
        try {
            TaskView planned = tasks.plan(me, read(party, fields));
            warnings = contactRules.warnings(me, planned).stream()
                    .map(ContactCheck.Reason::message)
                    .toList();
        } catch (InvalidInputException | ContactRefused e) {
            Map<String, String> errors = e instanceof InvalidInputException invalid
                    ? texts.errors(invalid)
                    : Map.of("assigneeId", e.getMessage());
            return answer.answer(page, Flash.error(String.join(" ", errors.values())), () -> {
                answer.model().addAttribute("panel", panel.of(me, party, fields.typed(), errors, null));
                return VIEW_PANEL;
            });
        }
        // a contact that breaks a contact rule is planned all the same, with the warning
        Flash done = warnings.isEmpty()
                ? Flash.success("followup.task.planned")
                : Flash.success("followup.contact.plannedWithWarnings", String.join(" ", warnings));
        return answer.answer(page, done, () -> {
            answer.model().addAttribute("panel", panel.of(me, party, null, Map.of(), "followup.task.planned"));
            answer.model().addAttribute("contactWarnings", warnings);
            return VIEW_PANEL;
        });
    }

    /** The fields as a task to plan; a day or a time that cannot be read is a field error beside it. */
    private static NewTask read(ThirdPartySummary party, Fields f) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate day = null;
        if (f.dueDate() != null && !f.dueDate().isBlank()) {
            try {
                day = LocalDate.parse(f.dueDate().strip());
            } catch (RuntimeException e) {
                problems.add(new FieldProblem("dueDate", "validation.date"));
            }
        }
        LocalTime time = null;
        if (f.dueTime() != null && !f.dueTime().isBlank()) {
            try {
                time = LocalTime.parse(f.dueTime().strip());
            } catch (RuntimeException e) {
                problems.add(new FieldProblem("dueTime", "followup.task.dueTime.invalid"));
            }
        }
        UUID assignee = null;
        if (f.assigneeId() != null && !f.assigneeId().isBlank()) {
            try {
                assignee = UUID.fromString(f.assigneeId().strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("assigneeId", "followup.task.assignee.unknown"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new NewTask(f.type(), day, time, assignee, party.id().value(), null, null, f.title(), null);
    }
}
