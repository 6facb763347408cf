package io.relance.pipeline.web;

import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.pipeline.deal.DealFilter;
import io.relance.shared.ListPage;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.RecordPanel;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The "Deals" panel of a third party's record page: its latest deals with their phase, and "New deal". */
@Component
class DealsPanel implements RecordPanel {

    static final int SHOWN = 10;

    /** What the fragment shows: the third party, its latest deals, whether there are more. */
    public record Model(UUID thirdPartyId, ListPage<DealCard> deals) {}

    private final DealCards cards;
    private final ThirdPartyLookup parties;

    DealsPanel(DealCards cards, ThirdPartyLookup parties) {
        this.cards = cards;
        this.parties = parties;
    }

    @Override
    public String recordType() {
        return THIRD_PARTY;
    }

    @Override
    public int order() {
        return 12;
    }

    @Override
    public Optional<Contribution> contribute(RelanceUser me, UUID recordId) {
        return parties.find(me, new ThirdPartyId(recordId))
                .map(p -> new Contribution(
                        "pipeline/panel",
                        "panel",
                        new Model(
                                recordId,
                                cards.page(
                                        me, DealFilter.none().withThirdParty(recordId), PageRequest.of(SHOWN, null)))));
    }
}
