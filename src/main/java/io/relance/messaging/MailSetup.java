package io.relance.messaging;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Whether this server can send e-mail: an SMTP server ({@code SPRING_MAIL_HOST}, Spring Boot then makes the mail
 * sender) and a sender address ({@code RELANCE_MAIL_FROM}, or {@code SPRING_MAIL_USERNAME} when it is an address).
 * Without them the application works, says "mail is not set up" where mail would be sent, and refuses to queue new
 * e-mails ({@link MailNotSetUpException}); e-mails queued before wait until mail is set up again.
 */
@Component
public class MailSetup {

    private static final Logger log = LoggerFactory.getLogger(MailSetup.class);

    /** Why mail can or cannot be sent. */
    public enum Status {
        READY,
        NO_SERVER,
        NO_SENDER
    }

    private final boolean server;
    private final InternetAddress from;

    MailSetup(
            ObjectProvider<JavaMailSender> senders,
            @Value("${relance.mail.from:}") String configuredFrom,
            @Value("${spring.mail.username:}") String username) {
        this.server = senders.getIfAvailable() != null;
        this.from = parse(configuredFrom.isBlank() ? username : configuredFrom);
        if (!server) {
            log.info("Mail is not set up (no SPRING_MAIL_HOST): Relance will not send e-mail");
        } else if (from == null) {
            log.warn("Mail is not set up: RELANCE_MAIL_FROM is missing or not an e-mail address ({})", configuredFrom);
        }
    }

    private static InternetAddress parse(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        try {
            InternetAddress parsed = new InternetAddress(address.strip(), true);
            parsed.validate();
            return parsed;
        } catch (AddressException e) {
            return null;
        }
    }

    public Status status() {
        if (!server) {
            return Status.NO_SERVER;
        }
        return from == null ? Status.NO_SENDER : Status.READY;
    }

    public boolean ready() {
        return status() == Status.READY;
    }

    /** The sender's address of every e-mail ({@code relance@example.com}); null when mail is not set up. */
    public String fromAddress() {
        return from == null ? null : from.getAddress();
    }

    /** The name configured with the address ({@code Relance <relance@example.com>}), or null. */
    public String fromName() {
        return from == null ? null : from.getPersonal();
    }

    /** The right-hand side of the Message-IDs: the sender address's domain ({@code localhost} without one). */
    public String messageIdDomain() {
        String address = fromAddress();
        return address == null || !address.contains("@") ? "localhost" : address.substring(address.indexOf('@') + 1);
    }

    /** Throws {@link MailNotSetUpException} unless e-mail can be sent. */
    public void requireReady() {
        if (!ready()) {
            throw new MailNotSetUpException(status());
        }
    }
}
