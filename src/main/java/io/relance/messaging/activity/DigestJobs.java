package io.relance.messaging.activity;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The daily digest's persistent job (see {@code JobsConfiguration}): every minute it sends the digests now due. */
@Configuration(proxyBeanMethods = false)
class DigestJobs {

    static final String SEND_QUOTE_DIGESTS = "send-quote-digests";

    @Bean
    RecurringTask<Void> sendQuoteDigests(
            QuoteDigest digest, @Value("${relance.mail.digest-every:PT1M}") Duration every) {
        return Tasks.recurring(SEND_QUOTE_DIGESTS, Schedules.fixedDelay(every))
                .execute((instance, context) -> digest.run());
    }
}
