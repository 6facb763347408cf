package io.relance.followup.web.myday;

import io.relance.followup.agenda.TaskFilter.Due;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.RecordPanel.Contribution;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A section of My day beyond what the home page shows ({@code /myday/overdue|today|upcoming?cursor=…&seen=…&view=…}):
 * its next tasks and a link to the ones after. With htmx the home page's "show more" adds these rows under the ones it
 * has; without, this is a page of its own.
 */
@Controller
record MyDayMoreController(MyDay myDay) {

    static final String VIEW_MORE = "followup/myday-more";

    @GetMapping("/myday/{kind}")
    String more(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String kind,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "0") long seen,
            Model model) {
        Due due;
        try {
            due = Due.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        MyDaySections.Part part = myDay.more(me, view, due, cursor, seen);
        model.addAttribute("panel", new Contribution(MyDaySections.TEMPLATE, "tasks", part));
        return VIEW_MORE;
    }
}
