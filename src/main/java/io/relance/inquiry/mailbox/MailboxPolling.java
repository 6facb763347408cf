package io.relance.inquiry.mailbox;

import io.relance.inquiry.core.InquiryChannel;
import io.relance.inquiry.core.InquiryForm;
import io.relance.inquiry.core.InquiryIntake;
import io.relance.inquiry.openimmo.OpenImmoFeedback;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import io.relance.workspace.WorkspaceManagement;
import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Fetches each enabled workspace's lead e-mails over IMAP (claimed per workspace, so one node polls a mailbox at a
 * time) and takes each e-mail once by its Message-ID: its OpenImmo-feedback attachments (an {@code .xml} part or an
 * XML type), else its structured text ({@link LeadMailText}). An e-mail that cannot be read (malformed XML, no lead)
 * is kept as a FAILED inquiry with why and the e-mail as it came, for a person to see in the inbox.
 */
@Service
class MailboxPolling {

    private static final Logger log = LoggerFactory.getLogger(MailboxPolling.class);

    /** How long a node holds a mailbox it polls (a poll that dies lets it go after this). */
    static final Duration HOLD = Duration.ofMinutes(5);

    /** The most e-mails taken in one poll of one mailbox (the rest come next time). */
    static final int MAX_PER_POLL = 200;

    private final Mailboxes mailboxes;
    private final InquiryIntake intake;
    private final WorkspaceManagement workspaces;
    private final Clock clock;

    MailboxPolling(Mailboxes mailboxes, InquiryIntake intake, WorkspaceManagement workspaces, Clock clock) {
        this.mailboxes = mailboxes;
        this.intake = intake;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    /** Polls every enabled mailbox nobody holds; how many e-mails were taken. */
    int pollAll() {
        int taken = 0;
        for (WorkspaceId ws : mailboxes.due(clock.instant())) {
            Instant now = clock.instant();
            if (mailboxes.claim(ws, now, now.plus(HOLD))) {
                taken += poll(ws);
            }
        }
        return taken;
    }

    private int poll(WorkspaceId ws) {
        Mailbox box = mailboxes.find(ws).orElseThrow();
        String error = null;
        int taken = 0;
        try {
            RelanceUser actor = workspaces
                    .reload(ws, new UserId(box.actingUserId()))
                    .orElseThrow(() -> new IllegalStateException("the member the inquiries are taken as is gone"));
            taken = fetch(box, actor);
        } catch (MessagingException | IOException | RuntimeException e) {
            error = String.valueOf(e.getMessage());
            log.warn("Inquiry mailbox of workspace {} not polled: {}", ws.value(), error);
        }
        mailboxes.release(ws, clock.instant(), error == null ? null : io.relance.shared.Text.limitBytes(error, 500));
        return taken;
    }

    private int fetch(Mailbox box, RelanceUser actor) throws MessagingException, IOException {
        String protocol = box.ssl() ? "imaps" : "imap";
        Properties props = new Properties();
        props.put("mail." + protocol + ".connectiontimeout", "10000");
        props.put("mail." + protocol + ".timeout", "30000");
        Session session = Session.getInstance(props);
        int taken = 0;
        try (Store store = session.getStore(protocol)) {
            store.connect(box.host(), box.port(), box.username(), box.password());
            Folder folder = store.getFolder(box.folder());
            folder.open(Folder.READ_WRITE);
            try {
                for (Message m : folder.getMessages()) {
                    if (taken >= MAX_PER_POLL) {
                        break;
                    }
                    if (take(actor, (MimeMessage) m)) {
                        taken++;
                    }
                    m.setFlag(Flags.Flag.SEEN, true);
                }
            } finally {
                folder.close(false);
            }
        }
        return taken;
    }

    /** Takes one e-mail unless taken before: its inquiries, or a FAILED one saying why. */
    private boolean take(RelanceUser actor, MimeMessage m) throws MessagingException, IOException {
        String messageId = m.getMessageID();
        if (messageId == null) {
            messageId = "<no-id:" + m.getSentDate() + ":" + m.getSubject() + ">";
        }
        messageId = messageId.length() > 300 ? messageId.substring(0, 300) : messageId;
        WorkspaceId ws = actor.workspaceId();
        if (mailboxes.taken(ws, messageId)) {
            return false;
        }
        String raw = raw(m);
        String source = source(m);
        try {
            List<InquiryForm> forms = read(m, source);
            if (forms.isEmpty()) {
                intake.fail(actor, InquiryChannel.MAIL, "no inquiry found in the e-mail", raw, messageId);
            } else {
                intake.receiveAll(actor, InquiryChannel.MAIL, forms, "inquiry", raw, messageId);
            }
        } catch (OpenImmoFeedback.Malformed e) {
            intake.fail(actor, InquiryChannel.MAIL, "OpenImmo-feedback attachment: " + e.describe(), raw, messageId);
        } catch (InvalidInputException e) {
            intake.fail(actor, InquiryChannel.MAIL, "invalid inquiry: " + e.problems(), raw, messageId);
        }
        return mailboxes.take(ws, messageId, clock.instant());
    }

    /** The inquiries of an e-mail: those of its XML attachments, else its text's; the reply-to as e-mail if none. */
    private static List<InquiryForm> read(MimeMessage m, String source)
            throws MessagingException, IOException, OpenImmoFeedback.Malformed {
        List<String> xml = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        collect(m, xml, text);
        List<InquiryForm> forms = new ArrayList<>();
        for (String doc : xml) {
            forms.addAll(OpenImmoFeedback.parse(doc));
        }
        if (forms.isEmpty()) {
            InquiryForm lead = LeadMailText.read(text.toString(), source);
            if (lead != null) {
                forms.add(lead.email() != null ? lead : withReplyTo(lead, m));
            }
        }
        return forms;
    }

    private static void collect(Part part, List<String> xml, StringBuilder text)
            throws MessagingException, IOException {
        String type = part.getContentType() == null ? "" : part.getContentType().toLowerCase(Locale.ROOT);
        String name = part.getFileName() == null ? "" : part.getFileName().toLowerCase(Locale.ROOT);
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                collect(mp.getBodyPart(i), xml, text);
            }
        } else if (name.endsWith(".xml") || type.startsWith("application/xml") || type.startsWith("text/xml")) {
            xml.add(new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } else if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            text.append(part.getContent()).append('\n');
        }
    }

    private static InquiryForm withReplyTo(InquiryForm f, MimeMessage m) throws MessagingException {
        Address[] replyTo = m.getReplyTo();
        String email = replyTo != null && replyTo.length > 0 && replyTo[0] instanceof InternetAddress a
                ? a.getAddress()
                : null;
        return new InquiryForm(
                f.objectReference(), email, f.firstName(), f.lastName(), f.phone(), f.message(), f.source(), null);
    }

    /** The portal: the sender's name, else its address's domain. */
    private static String source(MimeMessage m) throws MessagingException {
        Address[] from = m.getFrom();
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress a)) {
            return null;
        }
        if (a.getPersonal() != null && !a.getPersonal().isBlank()) {
            return a.getPersonal().length() > 60 ? a.getPersonal().substring(0, 60) : a.getPersonal();
        }
        String address = a.getAddress();
        return address == null ? null : address.substring(address.indexOf('@') + 1);
    }

    /** The e-mail as it came (kept with a failed one; at most 1 MB). */
    private static String raw(MimeMessage m) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        String all = out.toString(StandardCharsets.UTF_8);
        return all.length() > 1_000_000 ? all.substring(0, 1_000_000) : all;
    }
}
