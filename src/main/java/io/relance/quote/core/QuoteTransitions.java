package io.relance.quote.core;

import io.relance.party.SaleWon;
import io.relance.quote.Acceptance;
import io.relance.quote.QuoteEntryTypes;
import io.relance.quote.QuoteId;
import io.relance.quote.QuoteSummary;
import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.Text;
import io.relance.shared.WorkspaceId;
import io.relance.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transitions other modules drive: sent (messaging), accepted or declined (the public page), expired (the
 * job). Each loads the quote, applies the aggregate's named transition, saves it at its version and publishes what
 * it registered; an acceptance also announces the {@link SaleWon} the party module turns into a customer.
 */
@Service
public class QuoteTransitions {

    private static final int MAX_SIGNATURE = 200_000;

    private final Quotes quotes;
    private final QuoteRecords records;
    private final WorkspaceManagement workspaces;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QuoteTransitions(
            Quotes quotes,
            QuoteRecords records,
            WorkspaceManagement workspaces,
            ApplicationEventPublisher events,
            Clock clock) {
        this.quotes = quotes;
        this.records = records;
        this.workspaces = workspaces;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public QuoteSummary markSent(RelanceUser me, QuoteId id) {
        Quote quote = records.visible(me, id);
        quote.markSent(me.userId(), clock.instant());
        return save(me.workspaceId(), quote);
    }

    @Transactional
    public QuoteSummary accept(WorkspaceId ws, QuoteId id, Acceptance given) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = required("name", given.name(), 200, problems);
        String signature = Text.clean("signature", given.signature(), MAX_SIGNATURE, problems);
        String consent = Text.clean("consentText", given.consentText(), 1000, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Quote quote = load(ws, id);
        Acceptance clean = new Acceptance(name, cut(given.ip(), 64), cut(given.userAgent(), 500), signature, consent);
        if (quote.accept(clean, today(ws), clock.instant())) {
            save(ws, quote);
            events.publishEvent(new SaleWon(ws, quote.thirdPartyId(), QuoteEntryTypes.TARGET, id.value()));
        }
        return records.summary(ws, id).orElseThrow(NotFoundException::new);
    }

    @Transactional
    public QuoteSummary decline(WorkspaceId ws, QuoteId id, String reason, String comment) {
        List<FieldProblem> problems = new ArrayList<>();
        String cleanReason = required("reason", reason, 40, problems);
        String cleanComment = Text.clean("comment", comment, 2000, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Quote quote = load(ws, id);
        if (quote.decline(cleanReason, cleanComment, today(ws), clock.instant())) {
            save(ws, quote);
        }
        return records.summary(ws, id).orElseThrow(NotFoundException::new);
    }

    /** Expires the quote if it is SENT and its validity ended; answers whether it did. */
    @Transactional
    public boolean expireIfDue(WorkspaceId ws, QuoteId id, LocalDate today) {
        Quote quote = quotes.find(ws, id).orElse(null);
        if (quote == null || !quote.expireIfDue(today, clock.instant())) {
            return false;
        }
        quotes.update(quote);
        quote.takeEvents().forEach(events::publishEvent);
        return true;
    }

    /** Today in the workspace's time zone: a quote is valid through its validity date. */
    public LocalDate today(WorkspaceId ws) {
        return LocalDate.now(clock.withZone(workspaces.workspace(ws).zone()));
    }

    private Quote load(WorkspaceId ws, QuoteId id) {
        return records.owned(ws, id)
                .map(o -> new Quote(o.row(), quotes.lines(ws, id, o.row().revision())))
                .orElseThrow(NotFoundException::new);
    }

    private QuoteSummary save(WorkspaceId ws, Quote quote) {
        quotes.update(quote);
        quote.takeEvents().forEach(events::publishEvent);
        return records.summary(ws, quote.id()).orElseThrow(NotFoundException::new);
    }

    private static String required(String field, String typed, int max, List<FieldProblem> problems) {
        String clean = Text.clean(field, typed, max, problems);
        if (clean == null && problems.stream().noneMatch(p -> p.field().equals(field))) {
            problems.add(new FieldProblem(field, "validation.required"));
        }
        return clean;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
