package io.relance.quote.expiry;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's persistent jobs (see {@code JobsConfiguration}): the expiry of quotes, every 15 minutes. */
@Configuration(proxyBeanMethods = false)
class QuoteJobs {

    static final String EXPIRE_QUOTES = "expire-quotes";

    @Bean
    RecurringTask<Void> expireQuotes(
            QuoteExpiry expiry, @Value("${relance.quotes.expire-every:PT15M}") Duration every) {
        return Tasks.recurring(EXPIRE_QUOTES, Schedules.fixedDelay(every)).execute((instance, context) -> expiry.run());
    }
}
