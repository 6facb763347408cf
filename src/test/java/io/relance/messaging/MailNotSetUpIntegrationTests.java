package io.relance.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.MvcTest;
import io.relance.messaging.outbox.OutboxDelivery;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Without SPRING_MAIL_HOST (the test application's default) Relance works and says mail is not set up: the status
 * API and the settings page tell it, queuing an e-mail is refused and writes nothing, the job has nothing to do.
 */
class MailNotSetUpIntegrationTests extends MvcTest {

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxDelivery delivery;

    @Autowired
    MailSetup setup;

    @Test
    void theApplicationSaysMailIsNotSetUpAndRefusesToQueueAnEmail() throws Exception {
        var acme = workspaces.create("Acme");
        var rep = acme.rep("Rita Rep");
        assertThat(setup.status()).isEqualTo(MailSetup.Status.NO_SERVER);

        as(rep, get("/api/v1/mail/status"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ready").value(false))
                .andExpect(jsonPath("$.status").value("NO_SERVER"))
                .andExpect(jsonPath("$.message").value(containsString("not set up")));
        as(acme.admin(), get("/settings/mail-templates"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mail is not set up on this server")));

        assertThatThrownBy(() -> outbox.enqueue(OutboundMail.from(rep, List.of("claire@lambert.test"), "Hi", "Hello")))
                .isInstanceOfSatisfying(
                        MailNotSetUpException.class, e -> assertThat(e.status()).isEqualTo(MailSetup.Status.NO_SERVER));
        assertThat(outbox.recent(acme.admin(), null, null, 10)).isEmpty();
        assertThat(delivery.run()).isZero();
    }
}
