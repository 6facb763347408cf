package io.relance.followup.calendar.web;

import io.relance.followup.calendar.CalendarSettings.Calendar;
import io.relance.followup.calendar.CalendarSettings.TypedHoliday;
import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import io.relance.shared.Text;
import io.relance.shared.web.SettingsPage;
import java.util.ArrayList;
import java.util.List;

/**
 * Settings → Working calendar as the browser posts it: the weekdays ticked, holiday rows (a row left blank is no
 * holiday; a few blank rows to add some), the version read.
 */
record CalendarForm(List<String> workingDays, List<TypedHoliday> holidays, Long version) implements SettingsPage.Form {

    /** Blank rows offered to type new holidays. */
    static final int BLANK_ROWS = 3;

    CalendarForm {
        workingDays = workingDays == null ? List.of() : workingDays;
        holidays = holidays == null ? List.of() : holidays;
    }

    static CalendarForm of(Calendar c) {
        List<TypedHoliday> rows = new ArrayList<>();
        c.holidays().forEach(h -> rows.add(new TypedHoliday(h.date().toString(), h.label())));
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(new TypedHoliday("", ""));
        }
        return new CalendarForm(c.workingDays().stream().map(Enum::name).toList(), rows, c.version());
    }

    /** The rows typed in (date or label). */
    List<TypedHoliday> filled() {
        return holidays.stream()
                .filter(h -> h != null && (Text.clean(h.date()) != null || Text.clean(h.label()) != null))
                .toList();
    }

    /** A refusal of {@link #filled()}'s rows, named by the rows of this form (blank rows left out). */
    InvalidInputException onRows(InvalidInputException e) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < holidays.size(); i++) {
            TypedHoliday h = holidays.get(i);
            if (h != null && (Text.clean(h.date()) != null || Text.clean(h.label()) != null)) {
                indexes.add(i);
            }
        }
        List<FieldProblem> renamed = new ArrayList<>();
        for (FieldProblem p : e.problems()) {
            String field = p.field();
            if (field.startsWith("holidays[")) {
                int end = field.indexOf(']');
                int filledIndex = Integer.parseInt(field.substring("holidays[".length(), end));
                field = "holidays[" + indexes.get(filledIndex) + field.substring(end);
            }
            renamed.add(new FieldProblem(field, p.code(), p.args()));
        }
        return new InvalidInputException(renamed);
    }
}
