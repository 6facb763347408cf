package io.relance.party;

import io.relance.shared.UserId;

/**
 * What other modules may know of a third party: enough to show it in a list or on a document and to check who may
 * see it, never the record itself.
 */
public record ThirdPartySummary(
        ThirdPartyId id,
        String code,
        String name,
        UserId ownerId,
        ProspectStatus status,
        boolean individual,
        boolean prospect,
        boolean customer,
        String email,
        String country) {}
