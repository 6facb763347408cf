package io.relance.quote;

import io.relance.party.ThirdPartyId;
import io.relance.quote.core.QuoteRecords;
import io.relance.shared.RelanceUser;
import io.relance.shared.WorkspaceId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Summaries of quotes for other modules: the messaging, tracking and document modules read a quote here. */
@Service
public class QuoteLookup {

    private final QuoteRecords records;

    QuoteLookup(QuoteRecords records) {
        this.records = records;
    }

    /** A quote's current revision, whoever asks (a job, the public page): callers check access themselves. */
    public Optional<QuoteSummary> quote(WorkspaceId workspace, QuoteId id) {
        return records.summary(workspace, id);
    }

    /** The current revisions of these quotes, in one query, whoever asks (a job, a reaction to a set of events). */
    public Map<QuoteId, QuoteSummary> quotes(WorkspaceId workspace, Collection<QuoteId> ids) {
        return records.summaries(workspace, ids);
    }

    /** A quote this user may see (its third party's owner, a manager, a rep it is lent to); else empty. */
    public Optional<QuoteSummary> quote(RelanceUser me, QuoteId id) {
        return records.visibleSummary(me, id);
    }

    /** Every SENT quote of a workspace, whoever asks (the daily run turns their advice into tasks). */
    public List<QuoteSummary> sent(WorkspaceId workspace) {
        return records.sent(workspace);
    }

    /** The quotes of a third party the user may see, newest first (at most {@code max}). */
    public List<QuoteSummary> ofThirdParty(RelanceUser me, ThirdPartyId thirdParty, int max) {
        return records.ofThirdParty(me, thirdParty, max);
    }
}
