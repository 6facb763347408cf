package io.relance.quote;

import io.relance.party.ThirdPartyId;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Instant;

/** A sent quote was edited */
public record QuoteRevised(WorkspaceId workspaceId, QuoteId quoteId, ThirdPartyId thirdPartyId, String number,  a new revision replaced the one the client saw (kept read-only).:int revision, UserId by, Instant at) {}
