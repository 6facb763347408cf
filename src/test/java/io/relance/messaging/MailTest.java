package io.relance.messaging;

import io.relance.MvcTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application with mail set up: SMTP on the test run's GreenMail ({@link Smtp}), sender
 * {@value Smtp#FROM}. Each test starts with the server running and its mailboxes empty.
 */
public abstract class MailTest extends MvcTest {

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        Smtp.register(registry);
    }

    @BeforeEach
    void emptySmtpServer() {
        Smtp.start();
        Smtp.purge();
    }
}
