package io.relance.quote;

import io.relance.party.ThirdPartyId;
import io.relance.shared.WorkspaceId;
import java.time.Instant;

/** The client accepted the quote (the public page); the third party becomes a customer. */
public record QuoteAccepted(
        WorkspaceId workspaceId,
        QuoteId quoteId,
        ThirdPartyId thirdPartyId,
        String number,
        int revision,
        String signerName,
        Instant at)
        implements QuoteEvent {}
