package io.relance.messaging.outbox;

import io.relance.messaging.MailAttachment;
import io.relance.messaging.MailSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands one e-mail of the outbox to the SMTP server (Spring's mail sender, configured by {@code SPRING_MAIL_*}),
 * with the Message-ID it was given when queued, so every attempt is the same message. Connection, read and write
 * timeouts (application.properties) keep a hanging server from holding a lease for long.
 */
@Component
public class MailTransport {

    private final ObjectProvider<JavaMailSender> senders;
    private final MailSetup setup;

    MailTransport(ObjectProvider<JavaMailSender> senders, MailSetup setup) {
        this.senders = senders;
        this.setup = setup;
    }

    /** A failed attempt: its reason, and whether the server refused the e-mail for good (a 5xx reply). */
    public static final class DeliveryFailed extends Exception {
        private final boolean permanent;

        DeliveryFailed(String message, boolean permanent, Throwable cause) {
            super(message, cause);
            this.permanent = permanent;
        }

        public boolean permanent() {
            return permanent;
        }
    }

    /** Builds the MIME message first (a broken one fails before any hand-over): nothing is sent yet. */
    public MimeMessage prepare(OutboxMessage m, List<MailAttachment> attachments, Instant now) throws DeliveryFailed {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null || !setup.ready()) {
            throw new DeliveryFailed("Mail is not set up", false, null);
        }
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
            helper.setFrom(new InternetAddress(setup.fromAddress(), fromName(m), "UTF-8"));
            if (m.replyTo() != null) {
                helper.setReplyTo(m.replyTo());
            }
            helper.setTo(m.to().toArray(String[]::new));
            if (!m.cc().isEmpty()) {
                helper.setCc(m.cc().toArray(String[]::new));
            }
            helper.setSubject(m.subject());
            helper.setText(m.text(), m.html() == null ? m.text() : m.html());
            for (MailAttachment a : attachments) {
                helper.addAttachment(a.filename(), new ByteArrayResource(a.content()), a.contentType());
            }
            helper.setSentDate(Date.from(now));
            mime.setHeader("Message-ID", m.messageId());
            return mime;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new DeliveryFailed("Could not build the e-mail: " + e.getMessage(), true, e);
        }
    }

    private String fromName(OutboxMessage m) {
        return m.fromName() != null ? m.fromName() : setup.fromName();
    }

    /** Hands the message over; returns once the SMTP server accepted it. */
    public void send(MimeMessage mime) throws DeliveryFailed {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            throw new DeliveryFailed("Mail is not set up", false, null);
        }
        try {
            sender.send(mime);
        } catch (MailException e) {
            throw new DeliveryFailed(describe(e), permanent(e), e);
        }
    }

    /**
     * A 5xx reply to the message or to a recipient (the SMTP exceptions carry the server's reply as their message,
     * "550 5.1.1 User unknown"): sending it again would fail the same way. Anything else (a refused or broken
     * connection, a 4xx reply) is worth another attempt.
     */
    static boolean permanent(Throwable e) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Deque<Throwable> todo = new java.util.ArrayDeque<>();
        todo.add(e);
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof MessagingException
                    && t.getMessage() != null
                    && PERMANENT_REPLY.matcher(t.getMessage()).find()) {
                return true;
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof MessagingException me && me.getNextException() != null) {
                todo.add(me.getNextException());
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern PERMANENT_REPLY = java.util.regex.Pattern.compile("^\\s*5\\d\\d[ -]");

    /** The deepest message of the failure, short enough for the outbox's column. */
    static String describe(Throwable e) {
        String text = e.getMessage();
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                text = t.getClass().getSimpleName() + ": " + t.getMessage();
            }
        }
        text = text == null
                ? e.getClass().getSimpleName()
                : text.replaceAll("[\\r\\n]+", " ").strip();
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
