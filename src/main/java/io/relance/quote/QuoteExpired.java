package io.relance.quote;

import io.relance.party.ThirdPartyId;
import io.relance.shared.WorkspaceId;
import java.time.Instant;

/** A sent quote passed its validity date without an answer. */
public record QuoteExpired(
        WorkspaceId workspaceId, QuoteId quoteId, ThirdPartyId thirdPartyId, String number, int revision, Instant at)
        implements QuoteEvent {}
