package io.relance.object.profile;

import io.relance.object.SalesObjectType;
import io.relance.party.ThirdPartyId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a buyer (a third party, optionally one of its contacts) looks for. Every criterion is optional: a profile
 * without a type takes any type, without places any place. {@code mustHave} are knock-out features (an object without
 * one of them never matches), {@code niceToHave} raise the score; both are keys of the objects' features (custom
 * fields set to {@code true}: balcony, garden, lift, parking…). After {@code expiresOn} the profile matches nothing.
 */
public record SearchProfile(
        UUID id,
        ThirdPartyId thirdPartyId,
        UUID contactId,
        SalesObjectType objectType,
        BigDecimal priceMin,
        BigDecimal priceMax,
        BigDecimal roomsMin,
        BigDecimal areaMin,
        List<String> places,
        List<String> mustHave,
        List<String> niceToHave,
        LocalDate expiresOn,
        UUID createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public SearchProfile {
        places = List.copyOf(places);
        mustHave = List.copyOf(mustHave);
        niceToHave = List.copyOf(niceToHave);
    }

    /** This profile with the checked changes applied (what is absent stays, null cleared). */
    SearchProfile with(SearchProfileChanges c, Instant now) {
        return new SearchProfile(
                id,
                thirdPartyId,
                c.contactId().isPresent() ? c.contactId().get().orElse(null) : contactId,
                c.objectType().isPresent() ? c.objectType().get().orElse(null) : objectType,
                c.priceMin().isPresent() ? c.priceMin().get().orElse(null) : priceMin,
                c.priceMax().isPresent() ? c.priceMax().get().orElse(null) : priceMax,
                c.roomsMin().isPresent() ? c.roomsMin().get().orElse(null) : roomsMin,
                c.areaMin().isPresent() ? c.areaMin().get().orElse(null) : areaMin,
                c.places().orElse(places),
                c.mustHave().orElse(mustHave),
                c.niceToHave().orElse(niceToHave),
                c.expiresOn().isPresent() ? c.expiresOn().get().orElse(null) : expiresOn,
                createdBy,
                createdAt,
                now,
                version);
    }

    public boolean expired(LocalDate today) {
        return expiresOn != null && expiresOn.isBefore(today);
    }
}
