package io.relance.followup.lost;

import io.relance.followup.NegotiationId;
import io.relance.party.ThirdPartyId;
import io.relance.shared.UserId;
import java.time.Instant;
import java.util.UUID;

/** A loss recorded: why (a reason key, or TIMED_OUT), the competitor, a comment; {@code by} null for the daily run. */
public record Loss(
        UUID id,
        ThirdPartyId thirdParty,
        NegotiationId negotiation,
        String reason,
        String competitor,
        String comment,
        Instant lostAt,
        UserId by) {}
