package io.relance.followup.web;

import io.relance.followup.ContactRefused;
import io.relance.followup.TaskId;
import io.relance.followup.TaskView;
import io.relance.followup.task.TaskClosedException;
import io.relance.followup.task.TaskCompletion;
import io.relance.followup.task.TaskManagement;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.TypedValues;
import io.relance.shared.web.Flash;
import io.relance.shared.web.PageTexts;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The actions of a task row, on My day and on a record: complete (with the outcome and a classification), snooze,
 * reassign (managers), cancel. Each answers with the page it came from (post/redirect/get) and its message; htmx
 * follows the redirect and swaps the page's main area, so the lists, the record's timeline and the message are all
 * fresh without a full reload.
 */
@Controller
@RequestMapping("/tasks/{id}")
record TaskActionsController(TaskManagement tasks, TaskCompletion completion, PageTexts texts) {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F-]{36}");

    private static final Pattern VIEW = Pattern.compile("team|[0-9a-fA-F-]{36}");

    @PostMapping("/complete")
    String complete(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String classification,
            @RequestParam(required = false) Long version,
            Back back,
            RedirectAttributes redirect) {
        return act(
                redirect,
                back,
                () -> completion.complete(me, taskId(id), outcome, classification, version),
                classification == null || classification.isBlank()
                        ? "followup.task.done"
                        : "followup.task.doneAndPlanned");
    }

    @PostMapping("/snooze")
    String snooze(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(required = false) String until,
            @RequestParam(required = false) String date,
            @RequestParam(required = false) Long version,
            Back back,
            RedirectAttributes redirect) {
        return act(
                redirect,
                back,
                () -> tasks.snooze(me, taskId(id), day(until != null && !until.isBlank() ? until : date), version),
                "followup.task.snoozed");
    }

    @PostMapping("/reassign")
    String reassign(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(required = false) String assigneeId,
            @RequestParam(required = false) Long version,
            Back back,
            RedirectAttributes redirect) {
        return act(
                redirect,
                back,
                () -> tasks.reassign(me, taskId(id), user(assigneeId), version),
                "followup.task.reassigned");
    }

    @PostMapping("/cancel")
    String cancel(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(required = false) Long version,
            Back back,
            RedirectAttributes redirect) {
        return act(redirect, back, () -> tasks.cancel(me, taskId(id), version), "followup.task.cancelled");
    }

    /** Does it; back to My day (in its view) or to the task's record, saying what was done or why not. */
    private String act(RedirectAttributes redirect, Back back, Supplier<TaskView> action, String done) {
        try {
            action.get();
        } catch (InvalidInputException e) {
            Flash.error(String.join(" ", texts.errors(e).values())).addTo(redirect);
            return back.page();
        } catch (StaleVersionException e) {
            Flash.error(texts.text("problem.stale")).addTo(redirect);
            return back.page();
        } catch (ContactRefused e) {
            // a call or a visit goes only to whoever may contact the third party (exclusivity)
            Flash.error(e.getMessage()).addTo(redirect);
            return back.page();
        } catch (TaskClosedException e) {
            Flash.error(texts.text("followup.task.problem.closed", texts.text("followup.task.status." + e.status())))
                    .addTo(redirect);
            return back.page();
        }
        Flash.success(done).addTo(redirect);
        return back.page();
    }

    /** Where the answer goes (posted with the action): My day in its view, or the record the task is about. */
    record Back(String from, String view, String record) {

        String page() {
            if ("record".equals(from)
                    && record != null
                    && UUID_TEXT.matcher(record).matches()) {
                return "redirect:/thirdparties/" + record;
            }
            return view != null && VIEW.matcher(view).matches() ? "redirect:/?view=" + view : "redirect:/";
        }
    }

    private static TaskId taskId(String id) {
        return new TaskId(Ids.parse(id));
    }

    private static LocalDate day(String text) {
        return TypedValues.only(typed -> typed.day("until", text, "validation.date"));
    }

    private static UUID user(String text) {
        return TypedValues.only(typed -> typed.id("assigneeId", text, "followup.task.assignee.unknown"));
    }
}
