package io.relance.party;

import java.util.UUID;

/** What other modules may read of a third party's contact: the name and address a document prints. */
public record ContactSummary(
        UUID id,
        ThirdPartyId thirdPartyId,
        String name,
        String position,
        String email,
        String addressLine,
        String postalCode,
        String city,
        String country,
        String language) {}
