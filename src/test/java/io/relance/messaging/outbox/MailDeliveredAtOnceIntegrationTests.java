package io.relance.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relance.history.Target;
import io.relance.messaging.MailId;
import io.relance.messaging.MailState;
import io.relance.messaging.MailTest;
import io.relance.messaging.OutboundMail;
import io.relance.messaging.Outbox;
import io.relance.messaging.Smtp;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With the jobs on, as in production: an e-mail queued in a transaction goes as soon as it commits (without waiting
 * for the clock), and one queued in a transaction that rolls back never exists. The {@code deliver-mail} job is a
 * row of the scheduler. (The scheduler runs here: the context is closed after the class.)
 */
@TestPropertySource(properties = {"relance.jobs.enabled=true", "relance.jobs.polling-interval=PT0.2S"})
@DirtiesContext
class MailDeliveredAtOnceIntegrationTests extends MailTest {

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxMessages messages;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEmailGoesOnceItsTransactionCommitsAndNeverWhenItRollsBack() {
        var acme = workspaces.create("Acme");
        var rep = acme.rep("Rita Rep");
        Target quote = new Target("QUOTE", UUID.randomUUID());
        MailId sent = transactions.execute(
                tx -> outbox.enqueue(OutboundMail.from(rep, List.of("claire@lambert.test"), "Committed", "Hello")
                        .about(quote)));
        transactions.executeWithoutResult(tx -> {
            outbox.enqueue(OutboundMail.from(rep, List.of("claire@lambert.test"), "Rolled back", "Hello"));
            tx.setRollbackOnly();
        });

        await("the e-mail at the SMTP server")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> messages.find(acme.id(), sent).orElseThrow().state() == MailState.SENT);
        String messageId = messages.find(acme.id(), sent).orElseThrow().messageId();
        assertThat(Smtp.withMessageId(messageId)).hasSize(1);
        assertThat(Smtp.received())
                .extracting(m -> {
                    try {
                        return m.getSubject();
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .doesNotContain("Rolled back");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE workspace_id = ? AND subject = 'Rolled back'")
                        .param(acme.id().value())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'deliver-mail'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
