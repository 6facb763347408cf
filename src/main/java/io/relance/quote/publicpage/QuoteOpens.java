package io.relance.quote.publicpage;

import io.relance.history.HistoryEvent;
import io.relance.history.HistoryManagement;
import io.relance.history.Target;
import io.relance.notification.NewNotification;
import io.relance.notification.Notifications;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.party.ThirdPartySummary;
import io.relance.quote.QuoteEntryTypes;
import io.relance.quote.QuoteId;
import io.relance.quote.core.QuoteRow;
import io.relance.quote.core.Quotes;
import io.relance.tracking.LinksOpened;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Counted opens of quotes' links (never a scanner, a preview or the sender himself: see the tracking module) go on
 * each quote's timeline and its third party's; a quote's first open also notifies its owner at once (the bell). The
 * opens come as a set (a batch of page events): the quotes are read in one query, their timeline entries written in
 * one insert, the third parties of the first opens read in one query and their notifications posted in one insert.
 */
@Component
class QuoteOpens {

    private final Quotes quotes;
    private final ThirdPartyLookup parties;
    private final HistoryManagement history;
    private final Notifications notifications;

    QuoteOpens(Quotes quotes, ThirdPartyLookup parties, HistoryManagement history, Notifications notifications) {
        this.quotes = quotes;
        this.parties = parties;
        this.history = history;
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(LinksOpened e) {
        if (!PublicQuotes.SUBJECT.equals(e.subjectType())) {
            return;
        }
        Map<QuoteId, QuoteRow> found = quotes.rows(
                e.workspace(),
                e.opens().stream().map(o -> new QuoteId(o.subjectId())).toList());
        List<HistoryEvent> entries = new ArrayList<>();
        List<QuoteRow> firstOpened = new ArrayList<>();
        for (LinksOpened.Open open : e.opens()) {
            QuoteRow quote = found.get(new QuoteId(open.subjectId()));
            if (quote == null) {
                continue; // erased meanwhile (a purge): nothing to show
            }
            entries.add(HistoryEvent.of(
                            QuoteEntryTypes.target(quote.id()), QuoteEntryTypes.OPENED, quote.number(), null, open.at())
                    .withSnapshot(Map.of(
                            "quoteId", quote.id().value().toString(),
                            "number", quote.number(),
                            "revision", quote.revision()))
                    .alsoOn(Target.thirdParty(quote.thirdPartyId().value())));
            if (open.first()) {
                firstOpened.add(quote);
            }
        }
        if (!entries.isEmpty()) {
            history.recordAll(e.workspace().value(), entries);
        }
        if (firstOpened.isEmpty()) {
            return;
        }
        Map<ThirdPartyId, ThirdPartySummary> owners = parties.summaries(
                e.workspace(), firstOpened.stream().map(QuoteRow::thirdPartyId).toList());
        List<NewNotification> notices = new ArrayList<>();
        for (QuoteRow quote : firstOpened) {
            ThirdPartySummary tp = owners.get(quote.thirdPartyId());
            if (tp != null) { // a third party in the trash notifies nobody
                notices.add(new NewNotification(
                        e.workspace(),
                        tp.ownerId(),
                        "quote.notification.opened",
                        List.of(tp.name(), quote.number()),
                        "/quotes/" + quote.id().value()));
            }
        }
        notifications.notifyMany(notices);
    }
}
