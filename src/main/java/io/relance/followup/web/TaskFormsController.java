package io.relance.followup.web;

import io.relance.followup.TaskId;
import io.relance.followup.TaskView;
import io.relance.followup.task.TaskManagement;
import io.relance.party.ThirdPartyLookup;
import io.relance.shared.Ids;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A task row's forms (complete, snooze, reassign), asked for when the row's button opens
 * ({@code GET /tasks/{id}/complete|snooze|reassign?from=…&view=…}): a row carries only its buttons, so My day with a
 * hundred rows stays light. With htmx the form alone answers, in the row; without, a page of its own holds it. The
 * forms post to {@link TaskActionsController}.
 */
@Controller
record TaskFormsController(TaskManagement tasks, ThirdPartyLookup parties, TaskForms.Factory forms, TaskFormat format) {

    static final String PAGE = "followup/task-action";

    private static final Set<String> ACTIONS = Set.of("complete", "snooze", "reassign");

    private static final Pattern VIEW = Pattern.compile("me|team|[0-9a-fA-F-]{36}");

    @GetMapping("/tasks/{id}/{action:complete|snooze|reassign}")
    String form(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @PathVariable String action,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String view,
            HttpServletRequest request,
            Model model) {
        TaskView task = tasks.get(me, new TaskId(Ids.parse(id)));
        TaskForms f = forms.of(
                me,
                "record".equals(from) ? "record" : "myday",
                view != null && VIEW.matcher(view).matches() ? view : null,
                false);
        if (!ACTIONS.contains(action) || ("reassign".equals(action) && !f.canReassign())) {
            throw new NotFoundException();
        }
        model.addAttribute("t", task);
        model.addAttribute("title", format.title(task));
        model.addAttribute("f", f);
        model.addAttribute("action", action);
        // only who may see the third party classifies it (the server refuses others, as the classify API does)
        model.addAttribute(
                "visible", parties.find(me, task.target().thirdParty()).isPresent());
        return Htmx.isRequest(request) ? "followup/tasks :: " + action + "Form" : PAGE;
    }
}
