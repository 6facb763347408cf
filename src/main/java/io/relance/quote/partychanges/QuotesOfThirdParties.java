package io.relance.quote.partychanges;

import io.relance.history.HistoryManagement;
import io.relance.party.ThirdPartiesMerged;
import io.relance.party.ThirdPartyPurged;
import io.relance.quote.QuoteEntryTypes;
import io.relance.quote.QuoteId;
import io.relance.quote.core.Quotes;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What happens to quotes when their third party changes for good, inside the party module's transaction (as its
 * events ask): a merge moves the duplicate's quotes to the survivor (their timeline entries follow, since the
 * merge moves the history links); a purge erases the third party's quotes, their lines, revisions and timelines.
 */
@Component
class QuotesOfThirdParties {

    private final Quotes quotes;
    private final HistoryManagement history;

    QuotesOfThirdParties(Quotes quotes, HistoryManagement history) {
        this.quotes = quotes;
        this.history = history;
    }

    @EventListener
    void on(ThirdPartiesMerged merged) {
        quotes.moveThirdParty(merged.workspaceId(), merged.duplicate(), merged.survivor());
    }

    @EventListener
    void on(ThirdPartyPurged purged) {
        for (QuoteId id : quotes.idsOf(purged.workspaceId(), purged.id())) {
            history.forget(purged.workspaceId().value(), QuoteEntryTypes.target(id));
            quotes.erase(purged.workspaceId(), id);
        }
    }
}
