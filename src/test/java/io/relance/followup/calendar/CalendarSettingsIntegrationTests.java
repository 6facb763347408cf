package io.relance.followup.calendar;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.MvcTest;
import io.relance.followup.WorkingCalendar;
import io.relance.shared.RelanceUser;
import java.time.LocalDate;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code /api/v1/settings/calendar} and Settings → Working calendar: Monday to Friday until set, admins change it at
 * the version they read, each workspace its own, bad days and dates refused field by field.
 */
class CalendarSettingsIntegrationTests extends MvcTest {

    static final String API = "/api/v1/settings/calendar";

    @Autowired
    WorkingCalendar calendar;

    @Test
    void mondayToFridayWithoutHolidaysUntilSet() throws Exception {
        RelanceUser rep = workspaces.rep();

        send(rep, get(API), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workingDays", hasSize(5)))
                .andExpect(jsonPath("$.workingDays[0]").value("MONDAY"))
                .andExpect(jsonPath("$.holidays", hasSize(0)))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void anAdminSetsTheWorkingDaysAndHolidaysAndTheDueDatesFollow() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();

        send(
                        admin,
                        put(API),
                        "{\"workingDays\":[\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\",\"SATURDAY\"],"
                                + "\"holidays\":[{\"date\":\"2026-12-25\",\"label\":\"Noël\"},{\"date\":\"2026-12-26\"}],"
                                + "\"version\":0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workingDays[4]").value("SATURDAY"))
                .andExpect(jsonPath("$.holidays[0].label").value("Noël"))
                .andExpect(jsonPath("$.holidays[1].label").doesNotExist())
                .andExpect(jsonPath("$.version").value(1));

        var days = calendar.of(acme.id());
        // Friday 25 is a holiday, Saturday 26 too, Sunday and Monday are days off: Tuesday 29
        Assertions.assertThat(days.onOrAfter(LocalDate.of(2026, 12, 25))).isEqualTo(LocalDate.of(2026, 12, 29));

        send(admin, put(API), "{\"workingDays\":[\"MONDAY\"],\"holidays\":[],\"version\":0}")
                .andExpect(status().isConflict());
        send(admin, put(API), "{\"workingDays\":[\"MONDAY\"],\"holidays\":[],\"version\":1}")
                .andExpect(jsonPath("$.holidays", hasSize(0)))
                .andExpect(jsonPath("$.version").value(2));
    }

    @Test
    void badDaysAndDatesAreFieldErrorsAndNothingChanges() throws Exception {
        RelanceUser admin = workspaces.create("Acme").admin();

        send(
                        admin,
                        put(API),
                        "{\"workingDays\":[],\"holidays\":[{\"date\":\"2026-12-25\"},{\"date\":\"25/12/2026\"},"
                                + "{\"date\":\"2026-12-25\"},{\"label\":\"x\"}],\"version\":0}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.contains(
                                "workingDays", "holidays[1].date", "holidays[2].date", "holidays[3].date")));
        sendRefused(admin, put(API), "{\"workingDays\":[\"FUNDAY\"],\"version\":0}", "workingDays");
        sendRefused(admin, put(API), "{\"workingDays\":[\"MONDAY\"]}", "version");
        send(admin, get(API), "").andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void onlyAdminsChangeItAndEachWorkspaceHasItsOwn() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser manager = acme.manager("Maud");
        RelanceUser stranger = workspaces.create("Globex").admin();
        String body = "{\"workingDays\":[\"MONDAY\"],\"holidays\":[{\"date\":\"2026-12-25\"}],\"version\":0}";

        send(manager, put(API), body).andExpect(status().isForbidden());
        send(acme.rep("Rep"), put(API), body).andExpect(status().isForbidden());
        send(stranger, put(API), body).andExpect(status().isOk());

        send(acme.admin(), get(API), "")
                .andExpect(jsonPath("$.workingDays", hasSize(5)))
                .andExpect(jsonPath("$.holidays", hasSize(0)));
    }

    @Test
    void theSettingsPageSavesTheBoxesAndTheRowsTyped() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();

        as(admin, get("/settings/calendar"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"day-SATURDAY\"")));
        as(
                        admin,
                        post("/settings/calendar")
                                .param("workingDays", "MONDAY", "TUESDAY")
                                .param("holidays[0].date", "2026-12-25")
                                .param("holidays[0].label", "Christmas, at last")
                                .param("holidays[1].date", "")
                                .param("holidays[1].label", "")
                                .param("version", "0"))
                .andExpect(redirectedUrl("/settings/calendar"));
        send(admin, get(API), "")
                .andExpect(jsonPath("$.workingDays", hasSize(2)))
                .andExpect(jsonPath("$.holidays[0].label").value("Christmas, at last"));

        // a bad row is shown beside its field, the others kept as typed
        as(
                        admin,
                        post("/settings/calendar")
                                .param("workingDays", "MONDAY")
                                .param("holidays[0].date", "")
                                .param("holidays[0].label", "")
                                .param("holidays[1].date", "soon")
                                .param("holidays[1].label", "Party")
                                .param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("holidays[1].date-error")));
        // a stale version: the form again as typed, carrying the version now, nothing changed
        as(
                        admin,
                        post("/settings/calendar")
                                .param("workingDays", "FRIDAY")
                                .param("holidays[0].date", "")
                                .param("holidays[0].label", "")
                                .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"version\" value=\"1\"")));
        send(admin, get(API), "").andExpect(jsonPath("$.workingDays", hasSize(2)));
        as(acme.rep("Rep"), get("/settings/calendar")).andExpect(status().isForbidden());
    }
}
