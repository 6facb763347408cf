package io.relance.messaging;

import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * What an e-mail must be to enter the outbox: 1 to 50 valid recipients (plain addresses), a subject of at most 300
 * characters on one line (a line break would inject headers), a text, attachments named and typed, together at most
 * {@code relance.mail.max-attachments-size} (15 MB).
 */
@Component
class OutboundMailRules {

    static final int MAX_RECIPIENTS = 50;
    static final int MAX_SUBJECT = 300;
    static final int MAX_TEXT = 100_000;

    private final long maxAttachmentBytes;

    OutboundMailRules(@Value("${relance.mail.max-attachments-size:15MB}") DataSize maxAttachments) {
        this.maxAttachmentBytes = maxAttachments.toBytes();
    }

    OutboundMail check(OutboundMail mail) {
        if (mail.workspace() == null) {
            throw new IllegalArgumentException("An e-mail belongs to a workspace");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<String> to = addresses("to", mail.to(), true, problems);
        List<String> cc = addresses("cc", mail.cc(), false, problems);
        if (to.size() + cc.size() > MAX_RECIPIENTS) {
            problems.add(new FieldProblem("to", "messaging.mail.tooManyRecipients", MAX_RECIPIENTS));
        }
        String subject = mail.subject() == null ? "" : mail.subject().strip();
        checkSubject(subject, problems);
        String text = mail.text() == null ? "" : mail.text().strip();
        if (text.isEmpty()) {
            problems.add(new FieldProblem("text", "validation.required"));
        } else if (text.length() > MAX_TEXT) {
            problems.add(new FieldProblem("text", "messaging.mail.tooLong", MAX_TEXT));
        }
        String replyTo = mail.replyTo();
        if (replyTo != null && (replyTo.isBlank() || parse(replyTo) == null)) {
            replyTo = null; // a user's address is checked when he is created: never worth refusing the e-mail
        }
        long bytes = 0;
        for (MailAttachment a : mail.attachments()) {
            bytes += a.size();
            if (a.filename() == null
                    || a.filename().isBlank()
                    || a.filename().length() > 200
                    || a.filename().chars().anyMatch(c -> c < 32 || c == '/' || c == '\\')
                    || a.contentType() == null
                    || !a.contentType().matches("[\\w.+-]+/[\\w.+-]+")) {
                problems.add(new FieldProblem("attachments", "messaging.mail.attachmentInvalid"));
            }
        }
        if (bytes > maxAttachmentBytes) {
            problems.add(new FieldProblem(
                    "attachments", "messaging.mail.attachmentsTooLarge", maxAttachmentBytes / (1024 * 1024)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new OutboundMail(
                mail.workspace(),
                mail.sender(),
                mail.senderName() == null
                        ? null
                        : mail.senderName().replaceAll("[\\r\\n]+", " ").strip(),
                replyTo,
                to,
                cc,
                subject,
                mail.text().replace("\r\n", "\n"),
                mail.html(),
                mail.attachments(),
                mail.target(),
                mail.links());
    }

    /**
     * A subject (stripped) is given, on one line (a line break would inject headers) and at most
     * {@value #MAX_SUBJECT} characters; false when a problem was added.
     */
    static boolean checkSubject(String subject, List<FieldProblem> problems) {
        String code = subject.isEmpty()
                ? "validation.required"
                : subject.indexOf('\n') >= 0 || subject.indexOf('\r') >= 0
                        ? "messaging.mail.subjectLine"
                        : subject.length() > MAX_SUBJECT ? "messaging.mail.tooLong" : null;
        if (code == null) {
            return true;
        }
        problems.add(
                code.equals("messaging.mail.tooLong")
                        ? new FieldProblem("subject", code, MAX_SUBJECT)
                        : new FieldProblem("subject", code));
        return false;
    }

    private static List<String> addresses(
            String field, List<String> given, boolean required, List<FieldProblem> problems) {
        List<String> out = new ArrayList<>();
        for (String address : given) {
            String parsed = address == null ? null : parse(address.strip());
            if (parsed == null) {
                problems.add(new FieldProblem(field, "messaging.mail.badAddress", address == null ? "" : address));
                return out;
            }
            if (!out.contains(parsed)) {
                out.add(parsed);
            }
        }
        if (required && out.isEmpty()) {
            problems.add(new FieldProblem(field, "validation.required"));
        }
        return out;
    }

    /** A plain address ({@code name@example.com}, no display name, no line break), lower-cased domain kept as typed. */
    static String parse(String address) {
        if (address.isEmpty()
                || address.length() > 254
                || address.chars().anyMatch(c -> c < 32 || c == ',' || c == '<')) {
            return null;
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            String plain = parsed.getAddress();
            return plain.contains("@")
                            && plain.indexOf('@') < plain.length() - 1
                            && plain.substring(plain.indexOf('@')).contains(".")
                    ? plain
                    : null;
        } catch (AddressException e) {
            return null;
        }
    }
}
