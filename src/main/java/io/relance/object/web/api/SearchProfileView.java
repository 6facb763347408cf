package io.relance.object.web.api;

import io.relance.object.SalesObjectType;
import io.relance.object.profile.SearchProfile;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A search profile as the API shows it, with the field names. */
record SearchProfileView(
        UUID id,
        long version,
        UUID thirdpartyId,
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
        Instant createdAt,
        Instant updatedAt) {

    static SearchProfileView of(SearchProfile p) {
        return new SearchProfileView(
                p.id(),
                p.version(),
                p.thirdPartyId().value(),
                p.contactId(),
                p.objectType(),
                p.priceMin(),
                p.priceMax(),
                p.roomsMin(),
                p.areaMin(),
                p.places(),
                p.mustHave(),
                p.niceToHave(),
                p.expiresOn(),
                p.createdAt(),
                p.updatedAt());
    }
}
