package io.relance.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import io.relance.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The job scheduler really runs: every module's recurring job is a row in {@code scheduled_tasks}, runs once on
 * start, and runs again when the application's clock passes its next time. (Other tests run a job's work
 * directly; this one starts the scheduler, and closes it with its context so it cannot touch later tests.)
 */
@IntegrationTest
@TestPropertySource(properties = {"relance.jobs.enabled=true", "relance.jobs.polling-interval=PT0.2S"})
@DirtiesContext
class JobsIntegrationTests {

    static final List<String> RECURRING = List.of("empty-trash", "forget-idempotency-keys", "forget-login-failures");

    @Autowired
    Scheduler scheduler;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AdjustableClock clock;

    Instant lastSuccess(String task) {
        return jdbc.sql("SELECT last_success FROM scheduled_tasks WHERE task_name = ?")
                .param(task)
                .query(OffsetDateTime.class)
                .optional()
                .map(OffsetDateTime::toInstant)
                .orElse(null);
    }

    /** Waits for the scheduler's threads (never for time to pass: the clock is moved, not awaited). */
    static void awaitUntil(Callable<Boolean> done) {
        await("the scheduler")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(done);
    }

    Instant nextRun(String task) {
        return jdbc.sql("SELECT execution_time FROM scheduled_tasks WHERE task_name = ?")
                .param(task)
                .query(OffsetDateTime.class)
                .single()
                .toInstant();
    }

    /** Moves the clock just past the job's next run, and tells the scheduler to look now. */
    void passTheNextRunOf(String task) {
        Instant due = nextRun(task).plus(Duration.ofMinutes(1));
        if (due.isAfter(clock.instant())) {
            clock.setTo(due);
        }
        scheduler.triggerCheckForDueExecutions();
    }

    @Test
    void everyRecurringJobIsScheduledInTheDatabaseRunsOnStartAndAgainWhenTheClockComesDue() throws Exception {
        assertThat(jdbc.sql("SELECT task_name FROM scheduled_tasks")
                        .query(String.class)
                        .list())
                .containsAll(RECURRING);
        awaitUntil(() -> RECURRING.stream().allMatch(t -> lastSuccess(t) != null));
        Instant before = lastSuccess("empty-trash");
        assertThat(nextRun("empty-trash")).isAfter(before.plus(Duration.ofMinutes(59)));

        passTheNextRunOf("empty-trash");

        awaitUntil(() -> lastSuccess("empty-trash").isAfter(before.plus(Duration.ofMinutes(59))));
    }

    @Test
    void staleLoginFailuresAreForgottenByTheHourlyJobAndFreshOnesKept() throws Exception {
        String job = "forget-login-failures";
        awaitUntil(() -> lastSuccess(job) != null);
        Instant before = lastSuccess(job);
        String stale = "address:stale-" + UUID.randomUUID();
        String fresh = "address:fresh-" + UUID.randomUUID();
        jdbc.sql("INSERT INTO login_throttle (throttle_key, failures, last_failure_at) VALUES (?, 3, ?)")
                .params(stale, Db.ts(nextRun(job).minus(Duration.ofMinutes(20))))
                .update();
        jdbc.sql("INSERT INTO login_throttle (throttle_key, failures, last_failure_at) VALUES (?, 3, ?)")
                .params(fresh, Db.ts(nextRun(job)))
                .update();

        passTheNextRunOf(job);
        awaitUntil(() -> lastSuccess(job).isAfter(before));

        assertThat(jdbc.sql("SELECT throttle_key FROM login_throttle WHERE throttle_key IN (?, ?)")
                        .params(stale, fresh)
                        .query(String.class)
                        .list())
                .containsExactly(fresh);
    }
}
