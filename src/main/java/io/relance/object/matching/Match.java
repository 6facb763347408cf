package io.relance.object.matching;

import java.util.UUID;

/**
 * One match of an object and a search profile: the profile's third party (and contact), its score from 0 to 100, and
 * whether the object was already offered to that third party.
 */
public record Match(
        UUID objectId, UUID profileId, UUID thirdPartyId, UUID contactId, int score, boolean alreadyOffered) {}
