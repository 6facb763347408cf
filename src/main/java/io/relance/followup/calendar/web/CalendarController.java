package io.relance.followup.calendar.web;

import io.relance.followup.calendar.CalendarSettings;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.SettingsPage;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/** Settings → Working calendar (admins): the weekdays worked and the holidays. */
@Controller
@RequestMapping("/settings/calendar")
class CalendarController extends SettingsPage<CalendarForm> {

    static final String VIEW = "followup/calendar-settings";

    private final CalendarSettings calendars;

    CalendarController(CalendarSettings calendars) {
        super(VIEW, "/settings/calendar", "followup.calendar.saved");
        this.calendars = calendars;
    }

    /** A weekday's box: its name as posted, its label in the user's language. */
    record Weekday(String name, String label) {}

    @ModelAttribute("weekdays")
    List<Weekday> weekdays(@AuthenticationPrincipal RelanceUser me) {
        return Arrays.stream(DayOfWeek.values())
                .map(d -> new Weekday(d.name(), d.getDisplayName(TextStyle.FULL_STANDALONE, me.locale())))
                .toList();
    }

    @Override
    protected CalendarForm form(RelanceUser me) {
        return CalendarForm.of(calendars.read(me.workspaceId()));
    }

    @Override
    protected void change(RelanceUser me, CalendarForm form) {
        try {
            calendars.change(me, form.workingDays(), form.filled(), form.version());
        } catch (InvalidInputException e) {
            throw form.onRows(e);
        }
    }
}
