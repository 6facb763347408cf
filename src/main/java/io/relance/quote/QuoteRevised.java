package io.relance.quote;

import io.relance.party.ThirdPartyId;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Instant;

/**
 * A sent quote was edited: a new revision (its number now ends in {@code -revision}) replaced the one the client
 * saw, which is kept read-only. The quote stays SENT and its link shows the new revision.
 */
public record QuoteRevised(
        WorkspaceId workspaceId,
        QuoteId quoteId,
        ThirdPartyId thirdPartyId,
        String number,
        int revision,
        UserId by,
        Instant at)
        implements QuoteEvent {}
