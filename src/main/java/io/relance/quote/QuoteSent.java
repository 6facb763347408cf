package io.relance.quote;

import io.relance.party.ThirdPartyId;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Instant;

/** A quote was sent to its client (or sent again); the messaging module sends it, this records it. */
public record QuoteSent(
        WorkspaceId workspaceId,
        QuoteId quoteId,
        ThirdPartyId thirdPartyId,
        String number,
        int revision,
        UserId by,
        Instant at)
        implements QuoteEvent {}
