package io.relance.party.ownership;

import java.time.Instant;
import java.util.UUID;

/** A "special case": a manager lets another rep work one third party until {@code endsAt}. */
public record OwnershipException(
        UUID id,
        UUID thirdPartyId,
        UUID userId,
        UUID grantedBy,
        String reason,
        Instant endsAt,
        Instant createdAt,
        Instant revokedAt) {

    public boolean activeAt(Instant now) {
        return revokedAt == null && endsAt.isAfter(now);
    }
}
