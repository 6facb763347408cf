package io.relance.followup;

import io.relance.party.ThirdPartyId;
import io.relance.shared.WorkspaceId;
import java.time.Instant;

/**
 * A negotiation with a third party started: at the first outbound contact with a prospect ({@code CONTACT}), when its
 * status became in progress ({@code STATUS}) or when a quote was sent to it ({@code QUOTE}).
 */
public record NegotiationStarted(
        WorkspaceId workspaceId, NegotiationId negotiationId, ThirdPartyId thirdPartyId, String trigger, Instant at) {}
