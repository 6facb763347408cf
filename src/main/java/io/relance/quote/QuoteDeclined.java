package io.relance.quote;

import io.relance.party.ThirdPartyId;
import io.relance.shared.WorkspaceId;
import java.time.Instant;

/** The client declined the quote, with a reason (from a list) and a comment. */
public record QuoteDeclined(
        WorkspaceId workspaceId,
        QuoteId quoteId,
        ThirdPartyId thirdPartyId,
        String number,
        int revision,
        String reason,
        String comment,
        Instant at)
        implements QuoteEvent {}
