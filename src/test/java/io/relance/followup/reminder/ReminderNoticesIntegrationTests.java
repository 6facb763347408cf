package io.relance.followup.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.followup.TaskView;
import io.relance.followup.daily.DailyRun;
import io.relance.followup.task.NewTask;
import io.relance.followup.task.TaskManagement;
import io.relance.party.PageTest;
import io.relance.shared.AdjustableClock;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceFixture.Team;
import io.relance.workspace.WorkspaceManagement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reminders in the app, on a server where mail is not set up: at the reminder hour each rep with due tasks gets
 * the notification "N due today, M overdue" leading to My day, and no e-mail is queued; a task someone else gives a
 * user (planned for him by a manager, reassigned to him) notifies him, one he plans himself or a rule plans does
 * not; the hour is a workspace setting, read by every member and changed by an admin only (page and API), each
 * workspace its own.
 */
class ReminderNoticesIntegrationTests extends PageTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    TaskManagement tasks;

    @Autowired
    DailyRun daily;

    @Autowired
    AdjustableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkspaceManagement profiles;

    Team team;
    LocalDate day;

    @BeforeEach
    void aTeam() {
        team = workspaces.team();
        day = LocalDate.now(clock.withZone(PARIS)).plusDays(4).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        at(-1, "09:00");
    }

    void at(int plusDays, String parisTime) {
        clock.setTo(day.plusDays(plusDays)
                .atTime(LocalTime.parse(parisTime))
                .atZone(PARIS)
                .toInstant());
    }

    TaskView task(RelanceUser by, UUID party, UUID assignee, String type, int dueInDays, String title) {
        return tasks.plan(
                by, new NewTask(type, day.plusDays(dueInDays), null, assignee, party, null, null, title, null));
    }

    /** The user's notifications as the API gives them, in his language, newest first. */
    List<Map<String, Object>> notices(RelanceUser user) throws Exception {
        return JsonPath.read(body(send(user, get("/api/v1/notifications"), "")), "$.items");
    }

    /** The task events of the team's workspace that the notices' listener has not finished with. */
    int pendingNotices() {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE '%AssignmentNotices%'
                        AND serialized_event LIKE ? AND completion_date IS NULL""")
                .param("%" + team.acme().id().value() + "%")
                .query(Integer.class)
                .single();
    }

    List<String> messages(RelanceUser user) throws Exception {
        return notices(user).stream().map(n -> (String) n.get("message")).toList();
    }

    @Test
    void withoutMailTheRepsAreRemindedInTheAppOnlyAndLedToMyDay() throws Exception {
        UUID lambert = thirdParties.of(team.alice()).named("Famille Lambert").createUuid();
        task(team.alice(), lambert, null, "todo", 0, null);
        task(team.alice(), lambert, null, "todo", 0, null);
        task(team.alice(), lambert, null, "todo", 1, null);

        at(0, "07:29");
        daily.runDue(team.acme().id());
        assertThat(notices(team.alice())).isEmpty();
        at(0, "07:30");
        daily.runDue(team.acme().id());
        daily.runNow(team.acme().id());

        assertThat(notices(team.alice())).singleElement().satisfies(n -> {
            assertThat(n.get("message")).isEqualTo("Your day: 2 due today, 0 overdue.");
            assertThat(n.get("link")).isEqualTo("/");
        });
        assertThat(notices(team.bob())).isEmpty();
        assertThat(jdbc.sql("SELECT mail_id FROM followup_reminders WHERE workspace_id = ?")
                        .param(team.acme().id().value())
                        .query((rs, n) -> rs.getObject(1))
                        .list())
                .hasSize(1)
                .containsOnlyNulls();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE workspace_id = ?")
                        .param(team.acme().id().value())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aTaskSomeoneElseGivesAUserNotifiesHimWithWhoGaveItAndLeadsToItsRecord() throws Exception {
        UUID lambert = thirdParties.of(team.alice()).named("Famille Lambert").createUuid();
        UUID durand = thirdParties.of(team.bob()).named("Famille Durand").createUuid();

        // planned by the manager for Alice
        task(team.manager(), lambert, team.alice().userId().value(), "todo", 2, "Send the samples");
        await().atMost(Duration.ofSeconds(20)).until(() -> notices(team.alice()).size() == 1);
        assertThat(notices(team.alice()).get(0))
                .containsEntry(
                        "message",
                        "Maud gave you a task: Send the samples (Famille Lambert), due "
                                + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                                        .withLocale(Locale.ENGLISH)
                                        .format(day.plusDays(2))
                                + ".")
                .containsEntry("link", "/thirdparties/" + lambert);

        // planned by Bob for himself, then reassigned to Alice by the manager
        TaskView bobs = task(team.bob(), durand, null, "todo", 1, null);
        String answer = body(send(
                        team.manager(),
                        post("/api/v1/tasks/" + bobs.id() + "/reassign"),
                        "{\"assigneeId\": \"" + team.alice().userId() + "\", \"version\": " + bobs.version() + "}")
                .andExpect(status().isOk()));
        assertThat(JsonPath.<String>read(answer, "$.assigneeId"))
                .isEqualTo(team.alice().userId().value().toString());
        await().atMost(Duration.ofSeconds(20)).until(() -> notices(team.alice()).size() == 2);
        assertThat(messages(team.alice()).get(0)).startsWith("Maud gave you a task: To do (Famille Durand), due ");

        // a user's own tasks, and the rules', tell nobody (once the listener has seen them all)
        task(team.alice(), lambert, null, "call", 3, null);
        send(team.alice(), post("/api/v1/thirdparties/" + lambert + "/classify"), "{\"classification\": \"promising\"}")
                .andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(20)).until(() -> pendingNotices() == 0);
        assertThat(notices(team.bob())).isEmpty();
        assertThat(notices(team.manager())).isEmpty();
        assertThat(notices(team.alice())).hasSize(2);
    }

    @Test
    void theHourIsValidatedAndOnlyAnAdminChangesItForHisOwnWorkspace() throws Exception {
        RelanceUser admin = team.acme().admin();
        send(team.alice(), get("/api/v1/settings/reminders"), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.time").value("07:30"))
                .andExpect(jsonPath("$.version").value(0));
        sendRefused(admin, put("/api/v1/settings/reminders"), "{\"time\": \"24:00\", \"version\": 0}", "time");
        sendRefused(admin, put("/api/v1/settings/reminders"), "{\"time\": \"\", \"version\": 0}", "time");
        sendRefused(admin, put("/api/v1/settings/reminders"), "{\"time\": \"08:00\"}", "version");
        send(team.manager(), put("/api/v1/settings/reminders"), "{\"time\": \"08:00\", \"version\": 0}")
                .andExpect(status().isForbidden());
        as(team.alice(), get("/settings/reminders")).andExpect(status().isForbidden());

        send(admin, put("/api/v1/settings/reminders"), "{\"time\": \"06:45\", \"version\": 0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.time").value("06:45"))
                .andExpect(jsonPath("$.version").value(1));
        send(admin, put("/api/v1/settings/reminders"), "{\"time\": \"09:00\", \"version\": 0}")
                .andExpect(status().isConflict());
        // another workspace keeps its own hour
        RelanceUser otherAdmin = workspaces.create("Globex").admin();
        send(otherAdmin, get("/api/v1/settings/reminders"), "")
                .andExpect(jsonPath("$.time").value("07:30"))
                .andExpect(jsonPath("$.version").value(0));

        String page = body(as(admin, get("/settings/reminders")).andExpect(status().isOk()));
        assertThat(page).contains("value=\"06:45\"").contains("Europe/Paris").contains("Reminder hour");
        String refused =
                body(as(admin, post("/settings/reminders").param("time", "7h").param("version", "1"))
                        .andExpect(status().isOk()));
        assertThat(refused)
                .contains("Type an hour between 00:00 and 23:59")
                .containsPattern("type=\"text\"[^>]*value=\"7h\"");
        as(admin, post("/settings/reminders").param("time", "18:15").param("version", "1"))
                .andExpect(redirectedUrl("/settings/reminders"));
        send(admin, get("/api/v1/settings/reminders"), "")
                .andExpect(jsonPath("$.time").value("18:15"));
        assertThat(body(as(admin, get("/settings")))).contains("href=\"/settings/reminders\"");
    }

    @Test
    void aUserTurnsTheDailyEmailOffAndOnOnHisProfile() throws Exception {
        RelanceUser alice = team.alice();
        assertThat(body(as(alice, get("/profile")))).containsPattern("id=\"emailDailyTasks\"[^>]*checked");
        send(alice, get("/api/v1/me"), "")
                .andExpect(jsonPath("$.emailDailyTasks").value(true));

        as(
                        alice,
                        post("/profile")
                                .param(
                                        "version",
                                        String.valueOf(profiles.profile(alice).version()))
                                .param("displayName", "Alice")
                                .param("locale", "en"))
                .andExpect(redirectedUrl("/profile"));
        send(alice, get("/api/v1/me"), "")
                .andExpect(jsonPath("$.emailDailyTasks").value(false));
        assertThat(body(as(alice, get("/profile")))).doesNotContainPattern("id=\"emailDailyTasks\"[^>]*checked");

        send(alice, put("/api/v1/me/preferences"), "{\"emailDailyTasks\": true}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.emailDailyTasks").value(true));
        sendRefused(alice, put("/api/v1/me/preferences"), "{}", "emailOnFirstOpen");
    }
}
