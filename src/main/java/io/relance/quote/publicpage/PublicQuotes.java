package io.relance.quote.publicpage;

import io.relance.history.HistoryEvent;
import io.relance.history.HistoryManagement;
import io.relance.history.Target;
import io.relance.notification.NewNotification;
import io.relance.notification.Notifications;
import io.relance.party.ThirdPartyLookup;
import io.relance.quote.Acceptance;
import io.relance.quote.QuoteAcceptance;
import io.relance.quote.QuoteEntryTypes;
import io.relance.quote.QuoteId;
import io.relance.quote.QuoteStatus;
import io.relance.quote.QuoteSummary;
import io.relance.quote.core.Quote;
import io.relance.quote.core.Quotes;
import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import io.relance.shared.Text;
import io.relance.tracking.Engagements;
import io.relance.tracking.TrackedLink;
import io.relance.tracking.TrackedLinks;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the client does on the public page: read the quote, accept, decline, ask a question. */
@Service
class PublicQuotes {

    /** The tracking module's subject type of a quote. */
    static final String SUBJECT = "quote";

    /** The reasons a client may give for declining (codes; their labels are quote.public.reason.*). */
    static final List<String> REASONS = List.of("PRICE", "TIMING", "COMPETITOR", "SCOPE", "OTHER");

    static final int LONGEST_NAME = 120;
    static final int LONGEST_TEXT = 2000;
    static final int LONGEST_SIGNATURE = 200_000;

    /** A quote the link leads to. */
    record Found(TrackedLink link, Quote quote) {}

    private final TrackedLinks links;
    private final Quotes quotes;
    private final QuoteAcceptance acceptance;
    private final HistoryManagement history;
    private final Notifications notifications;
    private final ThirdPartyLookup parties;
    private final Engagements engagements;
    private final Clock clock;

    PublicQuotes(
            TrackedLinks links,
            Quotes quotes,
            QuoteAcceptance acceptance,
            HistoryManagement history,
            Notifications notifications,
            ThirdPartyLookup parties,
            Engagements engagements,
            Clock clock) {
        this.links = links;
        this.quotes = quotes;
        this.acceptance = acceptance;
        this.history = history;
        this.notifications = notifications;
        this.parties = parties;
        this.engagements = engagements;
        this.clock = clock;
    }

    /** The quote of a live link; empty for an unknown, revoked or forged token, or a quote never sent. */
    @Transactional(readOnly = true)
    public Optional<Found> find(String token) {
        return links.resolve(token)
                .filter(l -> SUBJECT.equals(l.subjectType()))
                .flatMap(l -> quotes.find(l.workspace(), new QuoteId(l.subjectId()))
                        .filter(q -> q.status() != QuoteStatus.DRAFT)
                        .map(q -> new Found(l, q)));
    }

    /** Accepts (idempotent: a second click answers the same); refused after the validity (409). */
    QuoteSummary accept(
            Found found,
            String name,
            String signature,
            boolean consent,
            String consentText,
            String ip,
            String userAgent) {
        List<FieldProblem> problems = new ArrayList<>();
        String cleanName = Text.clean(name);
        if (cleanName == null || cleanName.isEmpty()) {
            problems.add(new FieldProblem("name", "validation.required"));
        } else if (cleanName.length() > LONGEST_NAME) {
            problems.add(new FieldProblem("name", "validation.size.max", LONGEST_NAME));
        }
        String drawn = signature == null || signature.isBlank() ? null : signature.strip();
        if (drawn != null && (drawn.length() > LONGEST_SIGNATURE || !drawn.startsWith("data:image/png;base64,"))) {
            problems.add(new FieldProblem("signature", "quote.public.signature.invalid"));
        }
        if (!consent) {
            problems.add(new FieldProblem("consent", "quote.public.consent.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String agent = userAgent == null ? null : userAgent.substring(0, Math.min(400, userAgent.length()));
        return acceptance.accept(
                found.link().workspace(), found.quote().id(), new Acceptance(cleanName, ip, agent, drawn, consentText));
    }

    QuoteSummary decline(Found found, String reason, String comment) {
        if (reason == null || !REASONS.contains(reason)) {
            throw new InvalidInputException("reason", "quote.public.reason.required");
        }
        String clean = Text.clean(comment);
        if (clean != null && clean.length() > LONGEST_TEXT) {
            throw new InvalidInputException("comment", "validation.size.max", LONGEST_TEXT);
        }
        return acceptance.decline(
                found.link().workspace(), found.quote().id(), reason, clean == null || clean.isEmpty() ? null : clean);
    }

    /**
     * A question reaches the owner (a notification) and both timelines, and counts as the client's answer for the
     * follow-up advice (no "call after silence" until he opens the quote again); the quote itself does not change.
     */
    @Transactional
    void ask(Found found, String question) {
        String clean = Text.clean(question);
        if (clean == null || clean.isEmpty()) {
            throw new InvalidInputException("question", "validation.required");
        }
        if (clean.length() > LONGEST_TEXT) {
            throw new InvalidInputException("question", "validation.size.max", LONGEST_TEXT);
        }
        Quote quote = found.quote();
        Instant now = clock.instant();
        engagements.answered(found.link().workspace(), SUBJECT, quote.id().value(), now);
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("quoteId", quote.id().value().toString());
        snapshot.put("number", quote.number());
        snapshot.put("revision", quote.revision());
        snapshot.put("question", clean);
        history.record(
                found.link().workspace().value(),
                HistoryEvent.of(QuoteEntryTypes.target(quote.id()), QuoteEntryTypes.QUESTION, quote.number(), null, now)
                        .withSnapshot(snapshot)
                        .alsoOn(Target.thirdParty(quote.thirdPartyId().value())));
        parties.find(found.link().workspace(), quote.thirdPartyId())
                .ifPresent(tp -> notifications.notify(new NewNotification(
                        found.link().workspace(),
                        tp.ownerId(),
                        "quote.notification.question",
                        List.of(tp.name(), quote.number()),
                        "/quotes/" + quote.id().value())));
    }
}
