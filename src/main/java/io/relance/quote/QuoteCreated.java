package io.relance.quote;

import io.relance.party.ThirdPartyId;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;

/** A quote was created (its first revision, a draft). */
public record QuoteCreated(
        WorkspaceId workspaceId, QuoteId quoteId, ThirdPartyId thirdPartyId, String number, UserId by)
        implements QuoteEvent {

    /** A quote is created as its first revision. */
    @Override
    public int revision() {
        return 1;
    }
}
