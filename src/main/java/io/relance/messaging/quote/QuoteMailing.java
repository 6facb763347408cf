package io.relance.messaging.quote;

import io.relance.history.Target;
import io.relance.messaging.MailAttachment;
import io.relance.messaging.MailId;
import io.relance.messaging.MailSetup;
import io.relance.messaging.MailTemplates;
import io.relance.messaging.OutboundMail;
import io.relance.messaging.Outbox;
import io.relance.messaging.RenderedMail;
import io.relance.party.ContactSummary;
import io.relance.party.ThirdPartyLookup;
import io.relance.party.ThirdPartySummary;
import io.relance.quote.QuoteEntryTypes;
import io.relance.quote.QuoteId;
import io.relance.quote.QuoteLookup;
import io.relance.quote.QuoteSending;
import io.relance.quote.QuoteStatus;
import io.relance.quote.QuoteSummary;
import io.relance.quote.QuoteTransitionRefused;
import io.relance.quote.document.DocumentFormat;
import io.relance.quote.document.QuoteDocuments;
import io.relance.quote.document.QuotePdf;
import io.relance.shared.InvalidInputException;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.tracking.IssuedLink;
import io.relance.tracking.TrackedLinks;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a quote by e-mail, or readies its link to be sent another way. The draft fills the workspace's
 * {@code quote.send} template in the quote's language: the client's name (the quote's contact, else the third
 * party), the number, the total with taxes, the validity date (in that language), the private link, the sender's
 * signature. {@link #send} then, in one transaction, marks the quote sent (the quote module's rule: a draft or a
 * sent quote only), keeps the link, tells tracking when it went (early fetches are scanners) and queues the e-mail
 * about the quote and its third party (both timelines). Only a draft or sent quote is sent (else 409).
 */
@Service
public class QuoteMailing {

    /** The kind of template, declared by {@code QuoteSendTemplate}. */
    public static final String KIND = "quote.send";

    /** Tracking's subject type of a quote's link. */
    public static final String LINK_SUBJECT = "quote";

    private final QuoteLookup quotes;
    private final QuoteSending sending;
    private final QuoteDocuments documents;
    private final ThirdPartyLookup thirdParties;
    private final TrackedLinks links;
    private final MailTemplates templates;
    private final Outbox outbox;
    private final MailSetup setup;
    private final Clock clock;

    QuoteMailing(
            QuoteLookup quotes,
            QuoteSending sending,
            QuoteDocuments documents,
            ThirdPartyLookup thirdParties,
            TrackedLinks links,
            MailTemplates templates,
            Outbox outbox,
            MailSetup setup,
            Clock clock) {
        this.quotes = quotes;
        this.sending = sending;
        this.documents = documents;
        this.thirdParties = thirdParties;
        this.links = links;
        this.templates = templates;
        this.outbox = outbox;
        this.setup = setup;
        this.clock = clock;
    }

    /**
     * What the Send dialog starts from: the recipient's address (the contact's, else the third party's; null when
     * neither has one), the filled subject and text, the private link (made now if the quote had none).
     */
    public record Draft(
            QuoteSummary quote, String to, String clientName, String subject, String message, String link) {}

    /** What the sender chose: recipient (else the draft's), PDF or not, subject and text (else the template's). */
    public record SendQuote(String to, Boolean attachPdf, String subject, String message) {}

    /** The quote as sent, its link, and the queued e-mail. */
    public record Sent(QuoteSummary quote, String publicUrl, MailId mailId) {}

    @Transactional
    public Draft draft(RelanceUser me, QuoteId id) {
        QuoteSummary quote = sendable(me, id);
        IssuedLink link = links.issue(me.workspaceId(), LINK_SUBJECT, id.value());
        ThirdPartySummary party =
                thirdParties.find(me.workspaceId(), quote.thirdPartyId()).orElseThrow(NotFoundException::new);
        ContactSummary contact = quote.contactId() == null
                ? null
                : thirdParties
                        .contact(me.workspaceId(), quote.thirdPartyId(), quote.contactId())
                        .orElse(null);
        String clientName = contact != null && contact.name() != null ? contact.name() : party.name();
        String to = contact != null && contact.email() != null ? contact.email() : party.email();
        DocumentFormat format = new DocumentFormat(
                io.relance.shared.SupportedLocales.of(templates.languageOr(me.workspaceId(), quote.language())),
                quote.currency());
        RenderedMail mail = templates.render(
                me,
                KIND,
                quote.language(),
                Map.of(
                        "client.name", clientName,
                        "quote.number", quote.number(),
                        "quote.total", format.money(quote.totalGross().amount()),
                        "quote.validUntil", quote.validUntil() == null ? "" : format.date(quote.validUntil()),
                        "quote.link", link.url()));
        return new Draft(quote, to, clientName, mail.subject(), mail.text(), link.url());
    }

    /**
     * Sends the quote by e-mail: all or nothing (a bad address, mail not set up or a quote that cannot be sent
     * leaves the quote as it was and queues nothing).
     */
    @Transactional
    public Sent send(RelanceUser me, QuoteId id, SendQuote command) {
        setup.requireReady();
        SendQuote given = command == null ? new SendQuote(null, null, null, null) : command;
        Draft draft = draft(me, id);
        String to = blank(given.to()) ? draft.to() : given.to().strip();
        if (to == null) {
            throw new InvalidInputException("to", "messaging.quote.noRecipient");
        }
        String subject = blank(given.subject()) ? draft.subject() : given.subject();
        String message = blank(given.message()) ? draft.message() : given.message();
        List<MailAttachment> attachments = List.of();
        if (Boolean.TRUE.equals(given.attachPdf())) {
            QuotePdf pdf = documents.pdf(me, id, null);
            attachments = List.of(new MailAttachment(pdf.fileName(), QuotePdf.MEDIA_TYPE, pdf.content()));
        }
        QuoteSummary sent = sending.markSent(me, id);
        links.sent(me.workspaceId(), LINK_SUBJECT, id.value(), clock.instant());
        MailId mail = outbox.enqueue(OutboundMail.from(me, List.of(to), subject, message)
                .withAttachments(attachments)
                .about(
                        QuoteEntryTypes.target(id),
                        Target.thirdParty(sent.thirdPartyId().value())));
        return new Sent(sent, draft.link(), mail);
    }

    /**
     * "Copy link": the sender will send the link another way (a text message, a chat). The quote is marked sent
     * and tracking told when, as for an e-mail; the link is answered.
     */
    @Transactional
    public Sent shareLink(RelanceUser me, QuoteId id) {
        sendable(me, id);
        IssuedLink link = links.issue(me.workspaceId(), LINK_SUBJECT, id.value());
        QuoteSummary sent = sending.markSent(me, id);
        links.sent(me.workspaceId(), LINK_SUBJECT, id.value(), clock.instant());
        return new Sent(sent, link.url(), null);
    }

    private QuoteSummary sendable(RelanceUser me, QuoteId id) {
        QuoteSummary quote = quotes.quote(me, id).orElseThrow(NotFoundException::new);
        if (quote.status() != QuoteStatus.DRAFT && quote.status() != QuoteStatus.SENT) {
            throw new QuoteTransitionRefused(quote.status(), "sent");
        }
        return quote;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
