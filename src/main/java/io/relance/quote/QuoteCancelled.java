package io.relance.quote;

import io.relance.party.ThirdPartyId;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Instant;

/** A draft or sent quote was cancelled by the workspace. */
public record QuoteCancelled(
        WorkspaceId workspaceId,
        QuoteId quoteId,
        ThirdPartyId thirdPartyId,
        String number,
        int revision,
        UserId by,
        Instant at)
        implements QuoteEvent {}
