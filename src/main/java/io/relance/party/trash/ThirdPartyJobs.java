package io.relance.party.trash;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's persistent jobs (see {@code JobsConfiguration}). */
@Configuration(proxyBeanMethods = false)
public class ThirdPartyJobs {

    static final String EMPTY_TRASH = "empty-trash";

    @Bean
    RecurringTask<Void> emptyTrash(TrashPurge purge, @Value("${relance.trash.purge-every:PT1H}") Duration every) {
        return Tasks.recurring(EMPTY_TRASH, Schedules.fixedDelay(every)).execute((instance, context) -> purge.run());
    }
}
