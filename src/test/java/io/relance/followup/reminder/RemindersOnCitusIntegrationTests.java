package io.relance.followup.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.followup.TaskView;
import io.relance.followup.task.NewTask;
import io.relance.followup.task.TaskManagement;
import io.relance.messaging.MailTest;
import io.relance.messaging.Smtp;
import io.relance.messaging.outbox.OutboxDelivery;
import io.relance.party.ThirdPartyFixture;
import io.relance.shared.AdjustableClock;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceFixture.TestWorkspace;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The reminders on Citus: with {@code citus.multi_task_query_log_level = error}, a statement needing more than one
 * shard fails, and so does the request, the part or the listener that made it. The settings' page and API, the
 * agenda's read of every rep's due tasks, the claims, the notification and the e-mail queued, and the notices of a
 * task given by someone else are all single-shard statements (another workspace beside).
 */
@EnabledIfSystemProperty(named = "relance.test.database", matches = "citus")
@TestPropertySource(
        properties =
                "spring.datasource.hikari.connection-init-sql=SET jit = off; SET citus.multi_task_query_log_level = 'error'")
class RemindersOnCitusIntegrationTests extends MailTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    ThirdPartyFixture thirdParties;

    @Autowired
    TaskManagement tasks;

    @Autowired
    DailyReminders reminders;

    @Autowired
    OutboxDelivery delivery;

    @Autowired
    AdjustableClock clock;

    List<String> notices(RelanceUser user) throws Exception {
        return JsonPath.read(body(send(user, get("/api/v1/notifications"), "")), "$.items[*].message");
    }

    @Test
    void aWorkspacesRemindersAreSingleShardStatements() throws Exception {
        TestWorkspace acme = workspaces.create("Acme");
        workspaces.create("Other").rep("Zoe");
        RelanceUser rita = acme.rep("Rita");
        RelanceUser maud = acme.manager("Maud");
        LocalDate day = LocalDate.now(clock.withZone(PARIS))
                .plusDays(2)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        clock.setTo(day.minusDays(1).atTime(9, 0).atZone(PARIS).toInstant());
        UUID lambert = thirdParties.of(rita).named("Famille Lambert").createUuid();

        send(rita, get("/api/v1/settings/reminders"), "").andExpect(status().isOk());
        send(acme.admin(), put("/api/v1/settings/reminders"), "{\"time\": \"08:00\", \"version\": 0}")
                .andExpect(status().isOk());
        as(acme.admin(), get("/settings/reminders")).andExpect(status().isOk());

        tasks.plan(rita, new NewTask("call", day, LocalTime.of(10, 0), null, lambert, null, null, null, null));
        TaskView given = tasks.plan(
                maud,
                new NewTask("todo", day, null, rita.userId().value(), lambert, null, null, "Send the samples", null));
        await().atMost(Duration.ofSeconds(20)).until(() -> notices(rita).size() == 1);
        TaskView back = tasks.reassign(maud, given.id(), maud.userId().value(), null);
        tasks.reassign(acme.admin(), back.id(), rita.userId().value(), back.version());
        await().atMost(Duration.ofSeconds(20)).until(() -> notices(rita).size() == 2);
        send(rita, post("/api/v1/notifications/read"), "").andExpect(status().isNoContent());

        clock.setTo(day.atTime(8, 1).atZone(PARIS).toInstant());
        assertThat(reminders.notBefore(acme.id())).isEqualTo(LocalTime.of(8, 0));
        assertThat(reminders.run(acme.id(), day)).isEqualTo(1);
        assertThat(reminders.run(acme.id(), day)).isZero();
        delivery.run(acme.id());

        assertThat(Smtp.receivedBy(rita.email())).hasSize(1);
        assertThat(notices(rita)).first().isEqualTo("Your day: 2 due today, 0 overdue.");
    }
}
