package io.relance.messaging.outbox;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's persistent jobs (see {@code JobsConfiguration}): delivering the outbox. */
@Configuration(proxyBeanMethods = false)
public class MailJobs {

    static final String DELIVER_MAIL = "deliver-mail";

    @Bean
    RecurringTask<Void> deliverMail(
            OutboxDelivery delivery, @Value("${relance.mail.deliver-every:PT5S}") Duration every) {
        return Tasks.recurring(DELIVER_MAIL, Schedules.fixedDelay(every))
                .execute((instance, context) -> delivery.run());
    }
}
