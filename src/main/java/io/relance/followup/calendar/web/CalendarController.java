package io.relance.followup.calendar.web;

import io.relance.followup.calendar.CalendarSettings;
import io.relance.shared.FormErrors;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.Flash;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Settings → Working calendar (admins): the weekdays worked and the holidays. */
@Controller
@RequestMapping("/settings/calendar")
class CalendarController {

    static final String VIEW = "followup/calendar-settings";
    static final String PAGE = "redirect:/settings/calendar";

    private final CalendarSettings calendars;

    CalendarController(CalendarSettings calendars) {
        this.calendars = calendars;
    }

    @GetMapping
    String settings(@AuthenticationPrincipal RelanceUser me, Model model) {
        model.addAttribute("form", CalendarForm.of(calendars.read(me.workspaceId())));
        return page(me, model);
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal RelanceUser me,
            @ModelAttribute("form") CalendarForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        String done = FormErrors.save(
                result,
                () -> {
                    try {
                        calendars.change(me, form.workingDays(), form.filled(), form.version());
                    } catch (InvalidInputException e) {
                        throw form.onRows(e);
                    }
                    Flash.success("followup.calendar.saved").addTo(redirect);
                },
                PAGE,
                VIEW,
                model,
                () -> calendars.read(me.workspaceId()).version());
        return done.equals(VIEW) ? page(me, model) : done;
    }

    /** A weekday's box: its name as posted, its label in the user's language. */
    record Weekday(String name, String label) {}

    private static String page(RelanceUser me, Model model) {
        model.addAttribute(
                "weekdays",
                Arrays.stream(DayOfWeek.values())
                        .map(d -> new Weekday(d.name(), d.getDisplayName(TextStyle.FULL_STANDALONE, me.locale())))
                        .toList());
        return VIEW;
    }
}
