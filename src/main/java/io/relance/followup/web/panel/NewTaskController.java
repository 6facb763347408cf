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
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.TypedValues;
import io.relance.shared.web.Flash;
import io.relance.shared.web.HtmxAnswer;
import io.relance.shared.web.PageTexts;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The "new task" box of a record's tasks panel (type, day, time, assignee, title; optionally a contact and a quote of
 * the third party, notes): plans the task; with htmx the panel answers in place (the task in its
 * list, with the contact rules the contact breaks, or the box as typed with its errors beside the fields; a call for a
 * rep who may not contact the third party is refused beside the assignee); without, the record page with the message.
 */
@Controller
record NewTaskController(
        TaskManagement tasks, ThirdPartyLookup parties, TasksPanel panel, PageTexts texts, ContactRules contactRules) {

    static final String VIEW_PANEL = "followup/tasks :: panel";

    /** The box's fields, as posted. */
    record Fields(
            String type,
            String dueDate,
            String dueTime,
            String assigneeId,
            String title,
            String contactId,
            String quoteId,
            String notes) {

        Map<String, String> typed() {
            Map<String, String> typed = new LinkedHashMap<>();
            typed.put("type", type);
            typed.put("dueDate", dueDate);
            typed.put("dueTime", dueTime);
            typed.put("assigneeId", assigneeId);
            typed.put("title", title);
            typed.put("contactId", contactId);
            typed.put("quoteId", quoteId);
            typed.put("notes", notes);
            typed.replaceAll((field, value) -> value == null ? "" : value);
            return typed;
        }
    }

    @PostMapping("/thirdparties/{id}/tasks")
    String plan(@AuthenticationPrincipal RelanceUser me, @PathVariable String id, Fields fields, HtmxAnswer answer) {
        ThirdPartySummary party =
                parties.find(me, new ThirdPartyId(Ids.parse(id))).orElseThrow(NotFoundException::new);
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

    /** The fields as a task to plan; a day, a time or a choice that cannot be read is a field error beside it. */
    private static NewTask read(ThirdPartySummary party, Fields f) {
        TypedValues typed = new TypedValues();
        LocalDate day = typed.day("dueDate", f.dueDate(), "validation.date");
        LocalTime time = typed.time("dueTime", f.dueTime(), "followup.task.dueTime.invalid");
        UUID assignee = typed.id("assigneeId", f.assigneeId(), "followup.task.assignee.unknown");
        UUID contact = typed.id("contactId", f.contactId(), "followup.task.contact.unknown");
        UUID quote = typed.id("quoteId", f.quoteId(), "followup.task.quote.unknown");
        typed.check();
        return new NewTask(f.type(), day, time, assignee, party.id().value(), contact, quote, f.title(), f.notes());
    }
}
