package io.relance.quote.publicpage;

import io.relance.history.HistoryEvent;
import io.relance.history.HistoryManagement;
import io.relance.history.Target;
import io.relance.notification.NewNotification;
import io.relance.notification.Notifications;
import io.relance.party.ThirdPartyLookup;
import io.relance.quote.QuoteEntryTypes;
import io.relance.quote.QuoteId;
import io.relance.quote.core.Quotes;
import io.relance.tracking.LinkOpened;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A counted open of a quote's link (never a scanner, a preview or the sender himself: see the tracking module) goes
 * on the quote's timeline and its third party's; the first one also notifies the owner at once (the bell).
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
    void on(LinkOpened e) {
        if (!PublicQuotes.SUBJECT.equals(e.subjectType())) {
            return;
        }
        QuoteId id = new QuoteId(e.subjectId());
        quotes.find(e.workspace(), id).ifPresent(quote -> {
            history.record(
                    e.workspace().value(),
                    HistoryEvent.of(QuoteEntryTypes.target(id), QuoteEntryTypes.OPENED, quote.number(), null, e.at())
                            .withSnapshot(Map.of(
                                    "quoteId", id.value().toString(),
                                    "number", quote.number(),
                                    "revision", quote.revision()))
                            .alsoOn(Target.thirdParty(quote.thirdPartyId().value())));
            if (e.first()) {
                parties.find(e.workspace(), quote.thirdPartyId())
                        .ifPresent(tp -> notifications.notify(new NewNotification(
                                e.workspace(),
                                tp.ownerId(),
                                "quote.notification.opened",
                                List.of(tp.name(), quote.number()),
                                "/quotes/" + id.value())));
            }
        });
    }
}
