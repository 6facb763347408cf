package io.relance.quote.web;

import io.relance.party.ThirdPartyId;
import io.relance.quote.QuoteLookup;
import io.relance.quote.QuoteSummary;
import io.relance.quote.engagement.AdviceView;
import io.relance.quote.engagement.QuoteEngagement;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.RecordPanel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The "Quotes" panel of a third party's record page: its latest quotes with status, total, engagement score and the
 * current advice, and "New quote".
 */
@Component
class QuotesPanel implements RecordPanel {

    static final int SHOWN = 10;

    /** What the fragment shows: the third party, its latest quotes, whether there are more. */
    public record Model(UUID thirdPartyId, List<Row> quotes, boolean more) {}

    /** A quote of the panel: its score (0 when never opened) and its advice, if any. */
    public record Row(QuoteSummary quote, int score, AdviceView advice) {}

    private final QuoteLookup quotes;
    private final QuoteEngagement engagement;

    QuotesPanel(QuoteLookup quotes, QuoteEngagement engagement) {
        this.quotes = quotes;
        this.engagement = engagement;
    }

    @Override
    public String recordType() {
        return THIRD_PARTY;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Contribution> contribute(RelanceUser me, UUID recordId) {
        List<QuoteSummary> found = quotes.ofThirdParty(me, new ThirdPartyId(recordId), SHOWN + 1);
        List<QuoteSummary> shown = found.stream().limit(SHOWN).toList();
        Map<UUID, Integer> scores = engagement.scores(
                me.workspaceId(), shown.stream().map(q -> q.id().value()).toList());
        List<Row> rows = shown.stream()
                .map(q -> new Row(
                        q,
                        scores.getOrDefault(q.id().value(), 0),
                        engagement.advice(me.workspaceId(), q).orElse(null)))
                .toList();
        return Optional.of(new Contribution("quote/panel", "panel", new Model(recordId, rows, found.size() > SHOWN)));
    }
}
