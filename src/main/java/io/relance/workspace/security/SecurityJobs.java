package io.relance.workspace.security;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Hourly housekeeping of what security keeps in the database (see {@code JobsConfiguration}). */
@Configuration(proxyBeanMethods = false)
class SecurityJobs {

    private static final Logger log = LoggerFactory.getLogger(SecurityJobs.class);

    static final String FORGET_IDEMPOTENCY_KEYS = "forget-idempotency-keys";
    static final String FORGET_LOGIN_FAILURES = "forget-login-failures";

    @Bean
    RecurringTask<Void> forgetIdempotencyKeys(IdempotencyFilter idempotency) {
        return Tasks.recurring(FORGET_IDEMPOTENCY_KEYS, Schedules.fixedDelay(Duration.ofHours(1)))
                .execute((instance, context) -> {
                    int forgotten = idempotency.forgetOldKeys();
                    if (forgotten > 0) {
                        log.info("Forgot {} idempotency keys older than a day", forgotten);
                    }
                });
    }

    @Bean
    RecurringTask<Void> forgetLoginFailures(LoginThrottle throttle) {
        return Tasks.recurring(FORGET_LOGIN_FAILURES, Schedules.fixedDelay(Duration.ofHours(1)))
                .execute((instance, context) -> throttle.forgetStale());
    }
}
