package io.relance.messaging;

/**
 * No e-mail can be sent: this server has no SMTP server ({@code SPRING_MAIL_HOST}) or no sender address
 * ({@code RELANCE_MAIL_FROM}). The API answers 503 with a problem saying so; pages say it beside the action.
 */
public class MailNotSetUpException extends RuntimeException {

    private final MailSetup.Status status;

    public MailNotSetUpException(MailSetup.Status status) {
        super("E-mail is not set up on this server: " + status);
        this.status = status;
    }

    public MailSetup.Status status() {
        return status;
    }
}
