package io.relance.followup.calendar.web;

import io.relance.followup.calendar.CalendarSettings;
import io.relance.followup.calendar.CalendarSettings.Calendar;
import io.relance.followup.calendar.CalendarSettings.TypedHoliday;
import io.relance.shared.RelanceUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/settings/calendar}: the workspace's working days and holidays. Everyone reads; admins change. */
@RestController
@RequestMapping("/api/v1/settings/calendar")
@Tag(name = "Follow-up")
record CalendarApiController(CalendarSettings calendars) {

    /** The whole calendar, as read and as written. */
    record CalendarBody(List<String> workingDays, List<TypedHoliday> holidays, Long version) {}

    @GetMapping
    @Operation(
            summary = "The working calendar: workingDays (MONDAY…SUNDAY; Monday to Friday until set), holidays"
                    + " [{date, label}] by date, version (0 until first set)")
    Calendar read(@AuthenticationPrincipal RelanceUser me) {
        return calendars.read(me.workspaceId());
    }

    @PutMapping
    @Operation(
            summary = "Replace the working calendar (admins): workingDays (at least one), holidays (each date once,"
                    + " label optional, at most 100 characters), version read (stale → 409). A task due on a day off"
                    + " moves to the next working day")
    Calendar change(@AuthenticationPrincipal RelanceUser me, @RequestBody CalendarBody body) {
        return calendars.change(me, body.workingDays(), body.holidays(), body.version());
    }
}
