package io.relance.followup;

import io.relance.party.ThirdPartyId;
import io.relance.shared.WorkspaceId;
import java.time.Instant;

/** A negotiation ended: {@code AGREED} (a quote accepted, a customer made) or {@code LOST} (see {@link LossRecorded}). */
public record NegotiationEnded(
        WorkspaceId workspaceId, NegotiationId negotiationId, ThirdPartyId thirdPartyId, String outcome, Instant at) {}
