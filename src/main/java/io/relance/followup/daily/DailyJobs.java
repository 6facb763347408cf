package io.relance.followup.daily;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The daily run's persistent job (see {@code JobsConfiguration}): every minute (by the application's clock) it runs
 * the parts now due in each workspace; one node at a time runs a round, and the parts' claims keep anything from
 * being run twice even so.
 */
@Configuration(proxyBeanMethods = false)
class DailyJobs {

    static final String FOLLOW_UP_DAILY_RUN = "follow-up-daily-run";

    @Bean
    RecurringTask<Void> followUpDailyRun(DailyRun run, @Value("${relance.followup.daily-every:PT1M}") Duration every) {
        return Tasks.recurring(FOLLOW_UP_DAILY_RUN, Schedules.fixedDelay(every))
                .execute((instance, context) -> run.runDue());
    }
}
