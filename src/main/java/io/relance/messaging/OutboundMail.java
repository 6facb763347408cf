package io.relance.messaging;

import io.relance.history.Target;
import io.relance.shared.RelanceUser;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.util.List;

/**
 * An e-mail to send, as the sending module describes it. The sender's name shows in the From header (the address is
 * the server's, {@code RELANCE_MAIL_FROM}) and replies go to his own address ({@code replyTo}). {@code html} is
 * optional: made from the text when absent (escaped, links clickable). {@code target} is the record the e-mail is
 * about (a quote): the e-mail shows on its timeline and on those of {@code links} (its third party), and the events
 * name it.
 */
public record OutboundMail(
        WorkspaceId workspace,
        UserId sender,
        String senderName,
        String replyTo,
        List<String> to,
        List<String> cc,
        String subject,
        String text,
        String html,
        List<MailAttachment> attachments,
        Target target,
        List<Target> links) {

    public OutboundMail {
        to = to == null ? List.of() : List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** An e-mail written by this user: his name in From, replies to his address. */
    public static OutboundMail from(RelanceUser sender, List<String> to, String subject, String text) {
        return new OutboundMail(
                sender.workspaceId(),
                sender.userId(),
                sender.displayName(),
                sender.email(),
                to,
                List.of(),
                subject,
                text,
                null,
                List.of(),
                null,
                List.of());
    }

    /**
     * An e-mail Relance writes itself to one of the workspace's users (the activity of his quotes): from the server's
     * sender address and name, no Reply-To, on no timeline.
     */
    public static OutboundMail toUser(WorkspaceId workspace, String to, String subject, String text) {
        return new OutboundMail(
                workspace, null, null, null, List.of(to), List.of(), subject, text, null, List.of(), null, List.of());
    }

    /** The same e-mail, about this record, shown on the timelines of the others too. */
    public OutboundMail about(Target record, Target... others) {
        return new OutboundMail(
                workspace,
                sender,
                senderName,
                replyTo,
                to,
                cc,
                subject,
                text,
                html,
                attachments,
                record,
                List.of(others));
    }

    public OutboundMail withCc(List<String> copies) {
        return new OutboundMail(
                workspace, sender, senderName, replyTo, to, copies, subject, text, html, attachments, target, links);
    }

    public OutboundMail withHtml(String htmlBody) {
        return new OutboundMail(
                workspace, sender, senderName, replyTo, to, cc, subject, text, htmlBody, attachments, target, links);
    }

    public OutboundMail withAttachments(List<MailAttachment> files) {
        return new OutboundMail(
                workspace, sender, senderName, replyTo, to, cc, subject, text, html, files, target, links);
    }
}
