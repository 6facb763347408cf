package io.relance.object;

import io.relance.party.ThirdPartyId;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * "Write to matches" sent this object to these buyers (each e-mail queued or held by the contact rules): the pipeline
 * opens a deal at {@code matching-contacted} for each. Published once per recipient's transaction.
 */
public record MatchesWritten(
        WorkspaceId workspaceId, SalesObjectId objectId, List<Recipient> recipients, UserId by, Instant at) {

    public MatchesWritten {
        recipients = List.copyOf(recipients);
    }

    /** One buyer written to: the third party, its contact (or null), the search profile that matched. */
    public record Recipient(ThirdPartyId thirdPartyId, UUID contactId, UUID searchProfileId) {}
}
