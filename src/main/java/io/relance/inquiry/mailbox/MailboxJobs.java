package io.relance.inquiry.mailbox;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The persistent job polling the workspaces' lead mailboxes (see {@code JobsConfiguration}), every minute. */
@Configuration(proxyBeanMethods = false)
class MailboxJobs {

    static final String POLL_INQUIRY_MAILBOXES = "poll-inquiry-mailboxes";

    @Bean
    RecurringTask<Void> pollInquiryMailboxes(
            MailboxPolling polling, @Value("${relance.inquiry.mailbox-every:PT1M}") Duration every) {
        return Tasks.recurring(POLL_INQUIRY_MAILBOXES, Schedules.fixedDelay(every))
                .execute((instance, context) -> polling.pollAll());
    }
}
