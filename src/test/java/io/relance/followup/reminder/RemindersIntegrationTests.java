package io.relance.followup.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.TwoThreads;
import io.relance.followup.TaskView;
import io.relance.followup.daily.DailyRun;
import io.relance.followup.task.NewTask;
import io.relance.followup.task.TaskManagement;
import io.relance.messaging.MailTest;
import io.relance.messaging.ReceivedMail;
import io.relance.messaging.Smtp;
import io.relance.messaging.outbox.OutboxDelivery;
import io.relance.party.ThirdPartyFixture;
import io.relance.shared.AdjustableClock;
import io.relance.shared.RelanceUser;
import io.relance.shared.WorkspaceId;
import io.relance.workspace.ProfileChanges;
import io.relance.workspace.WorkspaceFixture.TestWorkspace;
import io.relance.workspace.WorkspaceManagement;
import jakarta.mail.MessagingException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reminders with mail set up (GreenMail), driven by moving the application's clock and running the daily run as
 * its job does: nothing before the workspace's reminder hour (07:30 Europe/Paris by default), at it one e-mail per
 * rep with tasks overdue or due today, in his language, listing only his own tasks, and one notification; nothing
 * twice (a second round, the test endpoint's way, two threads at once); nothing for a rep with nothing due, a rep who
 * turned the e-mail off (the notification still), another workspace, or a day off; the hour is the workspace's.
 *
 * <p>Other tests' workspaces may be reminded in the same rounds: every check is on one recipient.
 */
class RemindersIntegrationTests extends MailTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    ThirdPartyFixture thirdParties;

    @Autowired
    TaskManagement tasks;

    @Autowired
    DailyRun daily;

    @Autowired
    DailyReminders reminders;

    @Autowired
    OutboxDelivery delivery;

    @Autowired
    WorkspaceManagement management;

    @Autowired
    AdjustableClock clock;

    @Autowired
    JdbcClient jdbc;

    TestWorkspace acme;
    RelanceUser rita;
    RelanceUser paul;
    RelanceUser nina;
    RelanceUser otto;
    /** The reminders' day, a Thursday; the tasks are planned on the Monday before. */
    LocalDate day;

    @BeforeEach
    void fourReps() {
        acme = workspaces.create("Acme Renovation");
        rita = acme.rep("Rita Rep");
        paul = acme.rep("Paul Rep");
        paul = management.updateProfile( // he reads German from now on
                paul, new ProfileChanges(management.profile(paul).version(), "Paul Rep", "de", null, null));
        nina = acme.rep("Nina Rep");
        otto = acme.rep("Otto Rep");
        day = LocalDate.now(clock.withZone(PARIS)).plusDays(4).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        at(-3, "09:00");
    }

    /** The test clock at this time in Paris (the fixture workspaces' zone) of the reminders' day, plus days. */
    void at(int plusDays, String parisTime) {
        clock.setTo(day.plusDays(plusDays)
                .atTime(LocalTime.parse(parisTime))
                .atZone(PARIS)
                .toInstant());
    }

    UUID party(RelanceUser owner, String name) {
        return thirdParties.of(owner).named(name).createUuid();
    }

    /** A task the rep plans for himself (nobody else gives it to him: no notification of it). */
    TaskView task(RelanceUser rep, UUID party, String type, int dueInDays, String time, String title) {
        return tasks.plan(
                rep,
                new NewTask(
                        type,
                        day.plusDays(dueInDays),
                        time == null ? null : LocalTime.parse(time),
                        null,
                        party,
                        null,
                        null,
                        title,
                        null));
    }

    /** One round of the job for these workspaces, then their outboxes delivered (the jobs' work; jobs are off). */
    void round(TestWorkspace... workspaces) {
        for (TestWorkspace ws : workspaces) {
            daily.runDue(ws.id());
            delivery.run(ws.id());
        }
    }

    List<ReceivedMail> receivedBy(RelanceUser user) {
        return Smtp.receivedBy(user.email()).stream().map(ReceivedMail::of).toList();
    }

    /** The text part with its lines as written (SMTP sends them with CR LF). */
    static String text(ReceivedMail mail) {
        return mail.text().replace("\r\n", "\n");
    }

    static String subject(ReceivedMail mail) {
        try {
            return mail.message().getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The user's notifications as the API gives them, in his language: their messages, newest first. */
    List<String> notices(RelanceUser user) throws Exception {
        return JsonPath.read(body(send(user, get("/api/v1/notifications"), "")), "$.items[*].message");
    }

    int reminderRows(WorkspaceId ws) {
        return jdbc.sql("SELECT COUNT(*) FROM followup_reminders WHERE workspace_id = ?")
                .param(ws.value())
                .query(Integer.class)
                .single();
    }

    static String date(LocalDate date, FormatStyle style, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(style).withLocale(locale).format(date);
    }

    static String time(String time, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .format(LocalTime.parse(time));
    }

    @Test
    void atTheHourEachRepGetsOneEmailInHisLanguageWithHisOwnDueTasksAndANotificationAndNeverTwice() throws Exception {
        UUID lambert = party(rita, "Famille Lambert");
        UUID martin = party(rita, "Famille Martin");
        UUID later = party(rita, "Famille Later");
        UUID cancelled = party(rita, "Famille Cancelled");
        UUID durand = party(paul, "Familie Durand");
        UUID upcoming = party(nina, "Famille Upcoming");
        UUID offline = party(otto, "Famille Offline");
        task(rita, lambert, "call", -2, null, "Call back about the roof");
        task(rita, martin, "visit", 0, "10:30", null);
        task(rita, later, "call", 1, null, null);
        TaskView dropped = task(rita, cancelled, "call", 0, null, null);
        tasks.cancel(rita, dropped.id(), dropped.version());
        task(paul, durand, "call", 0, "09:00", null);
        task(nina, upcoming, "call", 1, null, null);
        task(otto, offline, "todo", -1, null, "Send the brochure");
        send(otto, put("/api/v1/me/preferences"), "{\"emailDailyTasks\": false}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.emailDailyTasks").value(false))
                .andExpect(jsonPath("$.emailOnFirstOpen").value(false));
        TestWorkspace globex = workspaces.create("Globex");
        RelanceUser gina = globex.rep("Gina Globex");
        task(gina, party(gina, "Other Client"), "call", 0, null, null);

        at(0, "07:29"); // not yet
        round(acme, globex);
        assertThat(receivedBy(rita)).isEmpty();
        assertThat(notices(rita)).isEmpty();

        at(0, "07:31");
        round(acme);
        List<ReceivedMail> ritas = receivedBy(rita);
        assertThat(ritas).hasSize(1);
        String ritaDate = date(day, FormatStyle.FULL, Locale.ENGLISH);
        assertThat(subject(ritas.get(0))).isEqualTo("Your day, " + ritaDate + ": 1 due today, 1 overdue");
        assertThat(text(ritas.get(0)))
                .contains("Hello Rita Rep,")
                .contains("Your tasks for " + ritaDate + ": 1 due today, 1 overdue.")
                .contains("Overdue (1)\n• Call · Call back about the roof · Famille Lambert · due "
                        + date(day.minusDays(2), FormatStyle.MEDIUM, Locale.ENGLISH)
                        + "\n  http://localhost:8080/thirdparties/" + lambert)
                .contains("Due today (1)\n• Visit · Famille Martin · due " + time("10:30", Locale.ENGLISH)
                        + "\n  http://localhost:8080/thirdparties/" + martin)
                .contains("My day:\nhttp://localhost:8080/\n")
                .contains("http://localhost:8080/profile")
                .doesNotContain("Famille Later")
                .doesNotContain("Famille Cancelled")
                .doesNotContain("Familie Durand")
                .doesNotContain("Other Client");
        assertThat(ritas.get(0).html()).contains("href=\"http://localhost:8080/thirdparties/" + lambert + "\"");
        assertThat(notices(rita)).containsExactly("Your day: 1 due today, 1 overdue.");

        List<ReceivedMail> pauls = receivedBy(paul);
        assertThat(pauls).hasSize(1);
        assertThat(subject(pauls.get(0)))
                .isEqualTo("Ihr Tag, " + date(day, FormatStyle.FULL, Locale.GERMAN) + ": 1 heute fällig, 0 überfällig");
        assertThat(text(pauls.get(0)))
                .contains("Hallo Paul Rep,")
                .contains("Heute fällig (1)\n• Anruf · Familie Durand · fällig " + time("09:00", Locale.GERMAN))
                .doesNotContain("Überfällig (")
                .doesNotContain("Famille");
        assertThat(notices(paul)).containsExactly("Ihr Tag: 1 heute fällig, 0 überfällig.");

        // nothing due today: nothing; the e-mail turned off: the notification only
        assertThat(receivedBy(nina)).isEmpty();
        assertThat(notices(nina)).isEmpty();
        assertThat(receivedBy(otto)).isEmpty();
        assertThat(notices(otto)).containsExactly("Your day: 0 due today, 1 overdue.");
        // another workspace waits for its own round
        assertThat(receivedBy(gina)).isEmpty();
        assertThat(reminderRows(acme.id())).isEqualTo(3);

        // a second round, the test endpoint's way, later that day: nothing twice
        round(acme);
        daily.runNow(acme.id());
        at(0, "18:00");
        round(acme, globex);
        assertThat(receivedBy(rita)).hasSize(1);
        assertThat(receivedBy(paul)).hasSize(1);
        assertThat(notices(rita)).hasSize(1);
        assertThat(notices(otto)).hasSize(1);
        assertThat(reminderRows(acme.id())).isEqualTo(3);
        List<ReceivedMail> ginas = receivedBy(gina);
        assertThat(ginas).hasSize(1);
        assertThat(ginas.get(0).text()).contains("Other Client").doesNotContain("Famille");

        // the next day (a Friday) at the hour: what is due then
        at(1, "07:31");
        round(acme);
        ritas = receivedBy(rita);
        assertThat(ritas).hasSize(2);
        assertThat(subject(ritas.get(1))).endsWith(": 1 due today, 2 overdue");
        assertThat(text(ritas.get(1))).contains("Famille Later").contains("Famille Martin");
        assertThat(receivedBy(nina)).hasSize(1);
        assertThat(notices(nina)).containsExactly("Your day: 1 due today, 0 overdue.");
    }

    @Test
    void twoThreadsRemindingTheSameDayAtOnceRemindEachRepOnce() throws Exception {
        task(rita, party(rita, "Famille Lambert"), "call", 0, null, null);
        task(paul, party(paul, "Familie Durand"), "call", -1, null, null);
        at(0, "07:31");

        List<Integer> reminded = TwoThreads.atOnce(() -> reminders.run(acme.id(), day));
        delivery.run(acme.id());

        assertThat(reminded.get(0) + reminded.get(1)).isEqualTo(2);
        assertThat(receivedBy(rita)).hasSize(1);
        assertThat(receivedBy(paul)).hasSize(1);
        assertThat(notices(rita)).hasSize(1);
        assertThat(notices(paul)).hasSize(1);
        assertThat(reminderRows(acme.id())).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM followup_reminders WHERE workspace_id = ? AND mail_id IS NOT NULL")
                        .param(acme.id().value())
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void theRemindersComeAtTheHourTheAdminChoseAndNotOnADayOff() throws Exception {
        send(acme.admin(), put("/api/v1/settings/reminders"), "{\"time\": \"09:15\", \"version\": 0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.time").value("09:15"));
        UUID lambert = party(rita, "Famille Lambert");
        task(rita, lambert, "call", 0, null, null);

        at(0, "09:14");
        round(acme);
        assertThat(receivedBy(rita)).isEmpty();
        at(0, "09:16");
        round(acme);
        assertThat(receivedBy(rita)).hasSize(1);

        // Saturday: a day off, though the task is overdue by then
        at(2, "10:00");
        round(acme);
        reminders.run(acme.id(), day.plusDays(2));
        delivery.run(acme.id());
        assertThat(receivedBy(rita)).hasSize(1);
        assertThat(notices(rita)).hasSize(1);
    }
}
