package io.relance.quote.engagement;

import io.relance.quote.core.QuoteRecords;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.HomeSection;
import io.relance.shared.web.RecordPanel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * "My day": the advice on the signed-in user's own sent quotes (those of the third parties he owns), the most
 * urgent validity first. Until the follow-up engine (tasks) exists, advice is this list.
 */
@Component
class QuoteAdviceSection implements HomeSection {

    /** How many of his sent quotes are looked at (the earliest validity first). */
    static final int LOOKED_AT = 200;

    /** One line of the section: the quote, its third party, the advice. */
    public record Item(io.relance.quote.QuoteSummary quote, String thirdPartyName, AdviceView advice) {}

    private final QuoteRecords records;
    private final QuoteEngagement engagement;

    QuoteAdviceSection(QuoteRecords records, QuoteEngagement engagement) {
        this.records = records;
        this.engagement = engagement;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<RecordPanel.Contribution> contribute(RelanceUser me) {
        List<Item> items = new ArrayList<>();
        for (QuoteRecords.Named q : records.sentOwnedBy(me.workspaceId(), me.userId(), LOOKED_AT)) {
            engagement
                    .advice(me.workspaceId(), q.quote())
                    .ifPresent(a -> items.add(new Item(q.quote(), q.thirdPartyName(), a)));
        }
        return items.isEmpty()
                ? Optional.empty()
                : Optional.of(new RecordPanel.Contribution("quote/advice", "section", items));
    }
}
