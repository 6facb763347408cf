package io.relance.followup.web.panel;

import io.relance.followup.agenda.TaskFilter;
import io.relance.followup.agenda.TaskRow;
import io.relance.followup.agenda.TaskSearch;
import io.relance.followup.web.TaskForms;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.party.ThirdPartySummary;
import io.relance.shared.Ids;
import io.relance.shared.NotFoundException;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A third party's open tasks past the record's panel ({@code /thirdparties/{id}/tasks?cursor=…&seen=…}): the next
 * ones and a link to those after. With htmx the panel's "show more" adds these rows under its own; without, this is a
 * page of its own.
 */
@Controller
record RecordTasksController(TaskSearch search, TaskForms.Factory forms, ThirdPartyLookup parties) {

    static final String VIEW = "followup/record-tasks";

    /** What the page shows: the third party, these tasks, how many it has, the cursor to the next, those seen. */
    record Page(ThirdPartySummary thirdParty, List<TaskRow> rows, TaskForms forms, long total, String next, long seen) {

        public long left() {
            return Math.max(0, total - seen);
        }
    }

    @GetMapping("/thirdparties/{id}/tasks")
    String more(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "0") long seen,
            Model model) {
        ThirdPartySummary party =
                parties.find(me, new ThirdPartyId(Ids.parse(id))).orElseThrow(NotFoundException::new);
        TaskFilter open = TaskFilter.openOf(party.id());
        var page = search.list(me, open, PageRequest.of(TasksPanel.SHOWN, cursor));
        model.addAttribute(
                "page",
                new Page(
                        party,
                        page.items(),
                        forms.of(me, "record", null, true),
                        search.count(me, open),
                        page.nextCursor(),
                        Math.max(0, seen) + page.items().size()));
        return VIEW;
    }
}
