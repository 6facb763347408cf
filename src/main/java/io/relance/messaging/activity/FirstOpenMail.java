package io.relance.messaging.activity;

import io.relance.messaging.MailSetup;
import io.relance.messaging.OutboundMail;
import io.relance.messaging.Outbox;
import io.relance.party.ThirdPartyLookup;
import io.relance.party.ThirdPartySummary;
import io.relance.quote.QuoteId;
import io.relance.quote.QuoteLookup;
import io.relance.quote.QuoteSummary;
import io.relance.shared.RelanceUser;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import io.relance.tracking.LinksOpened;
import io.relance.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The e-mail to a quote's owner on its first counted open, when he asked for it on his profile (off by default; the
 * bell tells him anyway). It reacts to tracking's {@link LinksOpened} (a batch's opens) after they are committed, in its own
 * transaction, and queues the e-mail in the owner's language (the quote's number, its third party, the time in the
 * workspace's time zone, the link to the quote) through the outbox. Once per quote: the claim in
 * {@code mail_first_open_notices} is written with the e-mail. Mail not set up: nothing (the bell is enough).
 */
@Component
class FirstOpenMail {

    private static final Logger log = LoggerFactory.getLogger(FirstOpenMail.class);

    private final QuoteLookup quotes;
    private final ThirdPartyLookup parties;
    private final WorkspaceManagement workspaces;
    private final FirstOpenNotices notices;
    private final Outbox outbox;
    private final MailSetup setup;
    private final ActivityMailText text;
    private final Clock clock;

    FirstOpenMail(
            QuoteLookup quotes,
            ThirdPartyLookup parties,
            WorkspaceManagement workspaces,
            FirstOpenNotices notices,
            Outbox outbox,
            MailSetup setup,
            ActivityMailText text,
            Clock clock) {
        this.quotes = quotes;
        this.parties = parties;
        this.workspaces = workspaces;
        this.notices = notices;
        this.outbox = outbox;
        this.setup = setup;
        this.text = text;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(LinksOpened e) {
        mailOwners(e);
    }

    /**
     * The work of the listener, in the caller's transaction (a retried event finds the claims and does nothing): the
     * first opens' quotes read in one query, each owner's wish once.
     */
    void mailOwners(LinksOpened e) {
        if (!QuoteId.SUBJECT.equals(e.subjectType())) {
            return;
        }
        List<LinksOpened.Open> firsts = e.firstOpens();
        if (firsts.isEmpty()) {
            return;
        }
        Map<QuoteId, QuoteSummary> found = quotes.quotes(
                e.workspace(),
                firsts.stream().map(o -> new QuoteId(o.subjectId())).toList());
        Map<UserId, Boolean> wants = new HashMap<>();
        for (LinksOpened.Open open : firsts) {
            QuoteSummary quote = found.get(new QuoteId(open.subjectId()));
            if (quote != null
                    && wants.computeIfAbsent(
                            quote.ownerId(), owner -> workspaces.wantsEmailOnFirstOpen(e.workspace(), owner))) {
                mailOwner(e.workspace(), quote, open.at());
            }
        }
    }

    private void mailOwner(WorkspaceId ws, QuoteSummary quote, Instant at) {
        QuoteId id = quote.id();
        Optional<RelanceUser> owner = workspaces.reload(ws, quote.ownerId());
        Optional<ThirdPartySummary> party = parties.find(ws, quote.thirdPartyId());
        if (owner.isEmpty() || owner.get().email() == null || party.isEmpty()) {
            return;
        }
        if (!setup.ready()) {
            log.info("Quote {} was opened for the first time; mail is not set up: no e-mail to its owner", id.value());
            return;
        }
        if (!notices.claim(ws, id, clock.instant())) {
            return; // another node, or this event before a retry, queued it
        }
        RelanceUser to = owner.get();
        Locale locale = ActivityMailText.locale(to.locale());
        ZoneId zone = workspaces.workspace(ws).zone();
        String subject =
                text.text(locale, "messaging.firstOpen.subject", party.get().name(), quote.number());
        String body = String.join(
                "\n\n",
                text.text(locale, "messaging.activity.greeting", to.displayName()),
                text.text(
                        locale,
                        "messaging.firstOpen.text",
                        party.get().name(),
                        quote.number(),
                        ActivityMailText.moment(at, zone, locale)),
                text.text(locale, "messaging.activity.seeQuote") + "\n" + text.link("/quotes/" + id.value()),
                text.text(locale, "messaging.firstOpen.why", text.link("/profile")));
        var mail = outbox.enqueue(OutboundMail.toUser(ws, to.email(), subject, body));
        notices.queued(ws, id, mail);
    }
}
