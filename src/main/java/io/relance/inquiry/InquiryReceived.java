package io.relance.inquiry;

import io.relance.party.ThirdPartyId;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;

/**
 * An inquiry matched to its contact, and to its object when it named one ({@code objectId} null otherwise): by itself
 * as it came, or by the person who processed it from the inbox ({@code actorId}). {@code contactCreated}: the contact
 * was made for it.
 */
public record InquiryReceived(
        WorkspaceId workspaceId,
        InquiryId inquiryId,
        ThirdPartyId thirdPartyId,
        UUID contactId,
        UUID objectId,
        boolean contactCreated,
        UUID actorId,
        Instant receivedAt) {}
