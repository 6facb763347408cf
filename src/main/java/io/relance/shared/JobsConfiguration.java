package io.relance.shared;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Work that runs later or again (emptying the trash, forgetting old keys; later cadences, timeouts, mailings) is
 * a persistent job in the database ({@code scheduled_tasks}, db-scheduler): each execution is claimed by one node,
 * survives a restart, and reads time from the application's {@link Clock}, so the test clock drives jobs too.
 * Modules declare their jobs as {@link Task} beans; recurring ones are scheduled on start.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "relance.jobs.enabled", havingValue = "true", matchIfMissing = true)
class JobsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(JobsConfiguration.class);

    @Bean
    Scheduler scheduler(
            DataSource dataSource,
            List<Task<?>> tasks,
            Clock clock,
            @Value("${relance.jobs.polling-interval:PT10S}") Duration polling,
            @Value("${relance.jobs.threads:2}") int threads) {
        List<Task<?>> onDemand = new ArrayList<>();
        List<RecurringTask<?>> recurring = new ArrayList<>();
        for (Task<?> task : tasks) {
            if (task instanceof RecurringTask<?> r) {
                recurring.add(r);
            } else {
                onDemand.add(task);
            }
        }
        return Scheduler.create(dataSource, onDemand)
                .startTasks(recurring)
                .tableName("scheduled_tasks")
                .clock(clock::instant)
                .threads(threads)
                .pollingInterval(polling)
                .alwaysPersistTimestampInUTC()
                .build();
    }

    /** Starts claiming jobs once the application is up (migrations done), stops before the database goes. */
    @Bean
    SmartLifecycle schedulerLifecycle(Scheduler scheduler, List<Task<?>> tasks) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                scheduler.start();
                running = true;
                log.info(
                        "Job scheduler started with {}",
                        tasks.stream().map(Task::getName).sorted().toList());
            }

            @Override
            public void stop() {
                scheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }
}
