package io.relance.quote.web;

import io.relance.party.ThirdPartyId;
import io.relance.quote.QuoteLookup;
import io.relance.quote.QuoteSummary;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.RecordPanel;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The "Quotes" panel of a third party's record page: its latest quotes with status and total, and "New quote". */
@Component
class QuotesPanel implements RecordPanel {

    static final int SHOWN = 10;

    /** What the fragment shows: the third party, its latest quotes, whether there are more. */
    public record Model(UUID thirdPartyId, List<QuoteSummary> quotes, boolean more) {}

    private final QuoteLookup quotes;

    QuotesPanel(QuoteLookup quotes) {
        this.quotes = quotes;
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
        return Optional.of(new Contribution(
                "quote/panel",
                "panel",
                new Model(recordId, found.stream().limit(SHOWN).toList(), found.size() > SHOWN)));
    }
}
