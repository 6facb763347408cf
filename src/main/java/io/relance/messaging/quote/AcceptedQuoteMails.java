package io.relance.messaging.quote;

import io.relance.history.HistoryEvent;
import io.relance.history.HistoryManagement;
import io.relance.history.Target;
import io.relance.messaging.MailAttachment;
import io.relance.messaging.MailId;
import io.relance.messaging.MailSetup;
import io.relance.messaging.MailTemplates;
import io.relance.messaging.OutboundMail;
import io.relance.messaging.Outbox;
import io.relance.messaging.OutboxEntry;
import io.relance.messaging.RenderedMail;
import io.relance.messaging.outbox.MailEntryTypes;
import io.relance.party.ContactSummary;
import io.relance.party.ThirdPartyLookup;
import io.relance.party.ThirdPartySummary;
import io.relance.quote.QuoteAccepted;
import io.relance.quote.QuoteEntryTypes;
import io.relance.quote.QuoteId;
import io.relance.quote.QuoteLookup;
import io.relance.quote.QuoteStatus;
import io.relance.quote.QuoteSummary;
import io.relance.quote.document.DocumentFormat;
import io.relance.quote.document.QuoteDocument;
import io.relance.quote.document.QuoteDocumentRenderer;
import io.relance.quote.document.QuoteDocuments;
import io.relance.quote.document.QuotePdf;
import io.relance.shared.RelanceUser;
import io.relance.shared.SupportedLocales;
import io.relance.shared.WorkspaceId;
import io.relance.tracking.IssuedLink;
import io.relance.tracking.TrackedLinks;
import io.relance.workspace.WorkspaceManagement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a client accepts a quote online ({@link QuoteAccepted}, after the acceptance committed), queues two e-mails in
 * one transaction, each with the accepted PDF (which says by whom and when): the client's confirmation
 * ({@code quote.accepted}, in the quote's language, to the address the quote was last e-mailed to, else the
 * contact's, else the third party's; from the owner's name, replies to him) and the owner's notice
 * ({@code quote.accepted.owner}, in his language, to his address). {@link AcceptanceMailRecords} makes it once per
 * quote, whatever the event's retries. Without mail set up, or without an address, an e-mail is not queued and a
 * "not sent" entry on the quote's and the third party's timelines says why (docs/messaging.md).
 */
@Component
class AcceptedQuoteMails {

    static final String CLIENT_KIND = "quote.accepted";
    static final String OWNER_KIND = "quote.accepted.owner";

    private static final Logger log = LoggerFactory.getLogger(AcceptedQuoteMails.class);

    private final AcceptanceMailRecords records;
    private final QuoteLookup quotes;
    private final QuoteDocuments documents;
    private final QuoteDocumentRenderer renderer;
    private final ThirdPartyLookup thirdParties;
    private final WorkspaceManagement workspaces;
    private final TrackedLinks links;
    private final MailTemplates templates;
    private final MailSetup setup;
    private final Outbox outbox;
    private final HistoryManagement history;
    private final Clock clock;

    AcceptedQuoteMails(
            AcceptanceMailRecords records,
            QuoteLookup quotes,
            QuoteDocuments documents,
            QuoteDocumentRenderer renderer,
            ThirdPartyLookup thirdParties,
            WorkspaceManagement workspaces,
            TrackedLinks links,
            MailTemplates templates,
            MailSetup setup,
            Outbox outbox,
            HistoryManagement history,
            Clock clock) {
        this.records = records;
        this.quotes = quotes;
        this.documents = documents;
        this.renderer = renderer;
        this.thirdParties = thirdParties;
        this.workspaces = workspaces;
        this.links = links;
        this.templates = templates;
        this.setup = setup;
        this.outbox = outbox;
        this.history = history;
        this.clock = clock;
    }

    /** Who the e-mails are about: the quote, its third party, its contact, the accepted document, the owner. */
    private record Accepted(
            WorkspaceId ws,
            QuoteSummary quote,
            ThirdPartySummary party,
            ContactSummary contact,
            QuoteDocument doc,
            RelanceUser owner) {

        Target target() {
            return QuoteEntryTypes.target(quote.id());
        }
    }

    @ApplicationModuleListener
    void on(QuoteAccepted event) {
        WorkspaceId ws = event.workspaceId();
        if (!records.claim(ws, event.quoteId(), event.revision(), clock.instant())) {
            return; // queued (or skipped) already: a retry or a second delivery of the event
        }
        Optional<Accepted> found = accepted(ws, event.quoteId());
        if (found.isEmpty()) {
            records.done(ws, event.quoteId(), null, null, List.of("GONE"));
            return;
        }
        Accepted a = found.get();
        List<String> skipped = new ArrayList<>();
        if (!setup.ready()) {
            String reason = setup.status().name();
            log.warn(
                    "Quote {} accepted: mail is not set up ({}), no confirmation e-mail",
                    a.quote().number(),
                    reason);
            skip(a, "client", reason);
            skip(a, "owner", reason);
            records.done(ws, event.quoteId(), null, null, List.of("client:" + reason, "owner:" + reason));
            return;
        }
        QuotePdf file = renderer.file(a.doc());
        List<MailAttachment> pdf = List.of(new MailAttachment(file.fileName(), QuotePdf.MEDIA_TYPE, file.content()));
        MailId client = toClient(a, event.signerName(), pdf, skipped);
        MailId owner = toOwner(a, event.signerName(), pdf, skipped);
        records.done(ws, event.quoteId(), client, owner, skipped);
    }

    private Optional<Accepted> accepted(WorkspaceId ws, QuoteId id) {
        QuoteSummary quote = quotes.quote(ws, id)
                .filter(q -> q.status() == QuoteStatus.ACCEPTED)
                .orElse(null);
        ThirdPartySummary party = quote == null
                ? null
                : thirdParties.find(ws, quote.thirdPartyId()).orElse(null);
        QuoteDocument doc =
                quote == null ? null : documents.document(ws, id, null).orElse(null);
        if (party == null || doc == null) {
            return Optional.empty(); // erased (a purge) before the e-mails were written
        }
        ContactSummary contact = quote.contactId() == null
                ? null
                : thirdParties
                        .contact(ws, quote.thirdPartyId(), quote.contactId())
                        .orElse(null);
        RelanceUser owner = workspaces.reload(ws, party.ownerId()).orElse(null);
        return Optional.of(new Accepted(ws, quote, party, contact, doc, owner));
    }

    private MailId toClient(Accepted a, String signer, List<MailAttachment> pdf, List<String> skipped) {
        String to = clientAddress(a);
        String reason = a.owner() == null ? "NO_OWNER" : to == null ? "NO_ADDRESS" : null;
        if (reason != null) {
            skip(a, "client", reason);
            skipped.add("client:" + reason);
            return null;
        }
        DocumentFormat format = a.doc().format();
        String link = links.find(
                        a.ws(), QuoteMailing.LINK_SUBJECT, a.quote().id().value())
                .map(IssuedLink::url)
                .orElse("");
        RenderedMail mail = templates.render(
                a.owner(), CLIENT_KIND, a.quote().language(), values(a, signer, format, "quote.link", link));
        // it answers the client's own acceptance: the contact rules do not hold it
        return outbox.enqueueAnswer(OutboundMail.from(a.owner(), List.of(to), mail.subject(), mail.text())
                .withAttachments(pdf)
                .about(a.target(), Target.thirdParty(a.party().id().value())));
    }

    private MailId toOwner(Accepted a, String signer, List<MailAttachment> pdf, List<String> skipped) {
        RelanceUser owner = a.owner();
        String reason = owner == null ? "NO_OWNER" : !Outbox.deliverable(owner.email()) ? "NO_ADDRESS" : null;
        if (reason != null) {
            skip(a, "owner", reason);
            skipped.add("owner:" + reason);
            return null;
        }
        String language = templates.languageOr(a.ws(), owner.locale().getLanguage());
        DocumentFormat format =
                new DocumentFormat(SupportedLocales.of(language), a.quote().currency());
        String url = links.url("").replaceFirst("/q/$", "") + "/quotes/"
                + a.quote().id().value();
        RenderedMail mail = templates.render(owner, OWNER_KIND, language, values(a, signer, format, "quote.url", url));
        return outbox.enqueue(new OutboundMail(
                        a.ws(),
                        owner.userId(),
                        workspaces.workspace(a.ws()).name(),
                        null,
                        List.of(owner.email()),
                        List.of(),
                        mail.subject(),
                        mail.text(),
                        null,
                        pdf,
                        null,
                        List.of())
                .about(a.target()));
    }

    private static Map<String, String> values(
            Accepted a, String signer, DocumentFormat format, String linkField, String link) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("client.name", clientName(a));
        values.put("signer.name", signer);
        values.put("quote.number", a.quote().number());
        values.put("quote.total", format.money(a.quote().totalGross().amount()));
        values.put(
                "quote.acceptedAt",
                a.doc().acceptance() == null
                        ? ""
                        : format.dateTime(a.doc().acceptance().at()));
        values.put(linkField, link);
        return values;
    }

    /** The contact's name, else the third party's (as when the quote was sent). */
    private static String clientName(Accepted a) {
        return a.contact() != null && a.contact().name() != null
                ? a.contact().name()
                : a.party().name();
    }

    /** The address the quote was last e-mailed to, else the contact's, else the third party's; null when none. */
    private String clientAddress(Accepted a) {
        List<String> candidates = new ArrayList<>();
        outbox.about(a.ws(), a.target()).stream()
                .filter(m -> m.senderId() != null && !m.to().isEmpty())
                .map(OutboxEntry::to)
                .findFirst()
                .ifPresent(to -> candidates.add(to.get(0)));
        if (a.contact() != null) {
            candidates.add(a.contact().email());
        }
        candidates.add(a.party().email());
        return candidates.stream().filter(Outbox::deliverable).findFirst().orElse(null);
    }

    /** A "not sent" entry on the quote's and its third party's timelines, saying to whom and why. */
    private void skip(Accepted a, String recipient, String reason) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("recipient", recipient);
        snapshot.put("reason", reason);
        history.record(
                a.ws().value(),
                HistoryEvent.of(a.target(), MailEntryTypes.SKIPPED, a.quote().number(), null, clock.instant())
                        .withSnapshot(snapshot)
                        .alsoOn(Target.thirdParty(a.party().id().value())));
    }
}
