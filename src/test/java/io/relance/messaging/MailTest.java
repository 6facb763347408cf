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
        Smtp.start();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> Smtp.PORT);
        registry.add("relance.mail.from", () -> "Relance <" + Smtp.FROM + ">");
        // a refused connection must fail fast in the retry tests
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 2000);
    }

    @BeforeEach
    void emptySmtpServer() {
        Smtp.start();
        Smtp.purge();
    }
}
