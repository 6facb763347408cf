package io.relance.party.core;

import io.relance.party.ProspectStatus;
import io.relance.party.ThirdPartyId;
import io.relance.shared.UserId;
import java.time.Instant;

/** A third party as stored: what {@link ThirdParties} reads a row into before it becomes a {@link ThirdParty}. */
record ThirdPartyRow(
        ThirdPartyId id,
        String code,
        String name,
        boolean individual,
        boolean prospect,
        boolean customer,
        ProspectStatus status,
        String potential,
        String email,
        String phone,
        String phoneE164,
        String mobile,
        String mobileE164,
        String website,
        String addressLine,
        String postalCode,
        String city,
        String country,
        String language,
        Source source,
        String notes,
        UserId ownerId,
        String codeAliases,
        ThirdPartyId mergedInto,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        long version) {}
