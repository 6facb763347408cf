package io.relance.quote.core;

import io.relance.party.ContactSummary;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.party.ThirdPartySummary;
import io.relance.quote.QuoteId;
import io.relance.quote.settings.QuoteSettings;
import io.relance.quote.settings.QuoteTexts;
import io.relance.shared.FieldProblem;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.SupportedLocales;
import io.relance.shared.numbering.DocumentKind;
import io.relance.shared.numbering.Numbering;
import io.relance.workspace.Workspace;
import io.relance.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, changing and cancelling quotes, as a signed-in user: a quote belongs to its third party's owner and is
 * seen by whoever may see that third party ({@link QuoteRecords}); anything else is "not found". Every problem of
 * the input is reported at once and nothing is written while one remains.
 */
@Service
public class QuoteManagement {

    /** Quote numbers ({@code QU2612-0001}); a number taken meanwhile is skipped. */
    public static final DocumentKind NUMBERS = DocumentKind.of("QUOTE", "QU{yy}{mm}-{0000}");

    private final Quotes quotes;
    private final QuoteRecords records;
    private final ThirdPartyLookup thirdParties;
    private final QuoteSettings settings;
    private final WorkspaceManagement workspaces;
    private final Numbering numbering;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QuoteManagement(
            Quotes quotes,
            QuoteRecords records,
            ThirdPartyLookup thirdParties,
            QuoteSettings settings,
            WorkspaceManagement workspaces,
            Numbering numbering,
            ApplicationEventPublisher events,
            Clock clock) {
        this.quotes = quotes;
        this.records = records;
        this.thirdParties = thirdParties;
        this.settings = settings;
        this.workspaces = workspaces;
        this.numbering = numbering;
        this.events = events;
        this.clock = clock;
    }

    public QuoteDetails get(RelanceUser me, QuoteId id) {
        return details(me, records.visible(me, id));
    }

    /** What a new quote for this third party starts with: validity, language, the language's texts. */
    public QuoteHeader defaults(RelanceUser me, ThirdPartyId thirdParty) {
        Workspace ws = workspaces.workspace(me.workspaceId());
        LocalDate today = LocalDate.now(clock.withZone(ws.zone()));
        String language = thirdParty == null
                ? ws.defaultLocale()
                : thirdParties
                        .language(me.workspaceId(), thirdParty)
                        .filter(SupportedLocales::isSupported)
                        .orElse(ws.defaultLocale());
        QuoteTexts texts = settings.texts(me.workspaceId(), language);
        return new QuoteHeader(
                null,
                today.plusDays(settings.validity(me.workspaceId()).days()),
                language,
                texts.introduction(),
                texts.terms());
    }

    @Transactional
    public QuoteDetails create(RelanceUser me, QuoteInput in) {
        Workspace ws = workspaces.workspace(me.workspaceId());
        List<FieldProblem> problems = new ArrayList<>(in.problems());
        ThirdPartySummary party = null;
        if (in.thirdpartyId() == null) {
            if (problems.stream().noneMatch(p -> p.field().equals("thirdpartyId"))) {
                problems.add(new FieldProblem("thirdpartyId", "validation.required"));
            }
        } else {
            party = thirdParties.find(me, new ThirdPartyId(in.thirdpartyId())).orElse(null);
            if (party == null) {
                problems.add(new FieldProblem("thirdpartyId", "quote.thirdParty.unknown"));
            }
        }
        if (in.currency() != null && !in.currency().equals(ws.currency())) {
            problems.add(new FieldProblem("currency", "quote.currency.workspace", ws.currency()));
        }
        QuoteHeader defaults = defaults(me, party == null ? null : party.id());
        QuoteHeader header = header(me, party == null ? null : party.id(), in, defaults, true, problems);
        List<QuoteLine> lines = QuoteLines.read(in.lines(), ws.currencyUnit(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        String number = numbering.next(
                me.workspaceId(), NUMBERS, now.atZone(ws.zone()), n -> quotes.numberFree(me.workspaceId(), n));
        Quote quote = Quote.create(
                me.workspaceId(),
                new QuoteId(Ids.newId()),
                number,
                party.id(),
                ws.currencyUnit(),
                header,
                lines,
                me.userId(),
                now);
        quotes.insert(quote);
        quote.takeEvents().forEach(events::publishEvent);
        return get(me, quote.id());
    }

    /** A PATCH at the version read: a draft changes in place, a sent quote gets a new revision (409 otherwise). */
    @Transactional
    public QuoteDetails update(RelanceUser me, QuoteId id, QuoteInput in) {
        Quote quote = records.visible(me, id);
        List<FieldProblem> problems = new ArrayList<>(in.problems());
        if (in.version() == null && problems.stream().noneMatch(p -> p.field().equals("version"))) {
            problems.add(new FieldProblem("version", "validation.version"));
        }
        if (in.thirdpartyId() != null
                && !in.thirdpartyId().equals(quote.thirdPartyId().value())) {
            problems.add(new FieldProblem("thirdpartyId", "quote.thirdParty.fixed"));
        }
        if (in.currency() != null && !in.currency().equals(quote.currency().getCurrencyCode())) {
            problems.add(new FieldProblem(
                    "currency", "quote.currency.workspace", quote.currency().getCurrencyCode()));
        }
        QuoteHeader header = header(me, quote.thirdPartyId(), in, quote.header(), false, problems);
        List<QuoteLine> lines =
                in.lines() == null ? quote.lines() : QuoteLines.read(in.lines(), quote.currency(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (quote.version() != in.version()) {
            throw new StaleVersionException();
        }
        ArchivedRevision archived = quote.edit(header, lines, me.userId(), clock.instant());
        if (archived != null) {
            quotes.archive(me.workspaceId(), id, archived);
        }
        quotes.update(quote);
        quote.takeEvents().forEach(events::publishEvent);
        return get(me, id);
    }

    @Transactional
    public QuoteDetails cancel(RelanceUser me, QuoteId id, Long version) {
        Quote quote = records.visible(me, id);
        if (version != null && version != quote.version()) {
            throw new StaleVersionException();
        }
        quote.cancel(me.userId(), clock.instant());
        quotes.update(quote);
        quote.takeEvents().forEach(events::publishEvent);
        return get(me, id);
    }

    /** The header from the input over a base (the defaults, or the quote's own), checked. */
    private QuoteHeader header(
            RelanceUser me,
            ThirdPartyId party,
            QuoteInput in,
            QuoteHeader base,
            boolean creating,
            List<FieldProblem> problems) {
        UUID contact = in.contactId() == null ? base.contactId() : in.contactId();
        if (in.contactId() != null && party != null) {
            if (thirdParties.contact(me.workspaceId(), party, in.contactId()).isEmpty()) {
                problems.add(new FieldProblem("contactId", "quote.contact.unknown"));
            }
        }
        LocalDate validUntil = in.validUntil() == null ? base.validUntil() : in.validUntil();
        if (in.validUntil() != null) {
            Workspace ws = workspaces.workspace(me.workspaceId());
            LocalDate today = LocalDate.now(clock.withZone(ws.zone()));
            if (in.validUntil().isBefore(today)) {
                problems.add(new FieldProblem("validUntil", "quote.validUntil.past"));
            } else if (in.validUntil().isAfter(today.plusYears(5))) {
                problems.add(new FieldProblem("validUntil", "quote.validUntil.far"));
            }
        }
        String language = in.language() == null ? base.language() : in.language();
        if (in.language() != null && !SupportedLocales.isSupported(in.language())) {
            problems.add(new FieldProblem("language", "validation.language"));
        }
        String introduction = in.introduction() == null
                ? base.introduction()
                : QuoteSettings.text("introduction", in.introduction(), problems);
        String terms = in.terms() == null ? base.terms() : QuoteSettings.text("terms", in.terms(), problems);
        if (creating && in.language() != null && SupportedLocales.isSupported(in.language())) {
            // a language chosen at creation brings its own default texts
            QuoteTexts texts = settings.texts(me.workspaceId(), in.language());
            introduction = in.introduction() == null ? texts.introduction() : introduction;
            terms = in.terms() == null ? texts.terms() : terms;
        }
        return new QuoteHeader(contact, validUntil, language, introduction, terms);
    }

    private QuoteDetails details(RelanceUser me, Quote quote) {
        ThirdPartySummary party =
                thirdParties.find(me.workspaceId(), quote.thirdPartyId()).orElseThrow(NotFoundException::new);
        ContactSummary contact = quote.header().contactId() == null
                ? null
                : thirdParties
                        .contact(
                                me.workspaceId(),
                                quote.thirdPartyId(),
                                quote.header().contactId())
                        .orElse(null);
        return new QuoteDetails(quote, party, contact, quotes.revisions(me.workspaceId(), quote.id()));
    }
}
