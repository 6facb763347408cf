package io.relance.party.web.api;

import io.relance.party.ProspectStatus;
import io.relance.party.core.Source;
import io.relance.party.core.Tag;
import io.relance.party.core.ThirdParty;
import io.relance.party.core.ThirdPartyDetails;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.annotation.JsonSerialize;

/** A third party as the API shows it (camelCase, tags by name, custom fields by key), written by {@link ThirdPartyViewJson}. */
@JsonSerialize(using = ThirdPartyViewJson.class)
record ThirdPartyView(
        UUID id,
        long version,
        String name,
        String code,
        boolean prospect,
        boolean customer,
        boolean individual,
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
        List<String> tags,
        UUID ownerId,
        String ownerName,
        Map<String, Object> customFields,
        List<String> codeAliases,
        Instant createdAt,
        Instant updatedAt) {

    static ThirdPartyView of(ThirdPartyDetails d) {
        ThirdParty t = d.thirdParty();
        return new ThirdPartyView(
                t.id().value(),
                t.version(),
                t.name(),
                t.code(),
                t.prospect(),
                t.customer(),
                t.individual(),
                t.status(),
                t.potential(),
                t.email(),
                t.phone(),
                t.phoneE164(),
                t.mobile(),
                t.mobileE164(),
                t.website(),
                t.addressLine(),
                t.postalCode(),
                t.city(),
                t.country(),
                t.language(),
                t.source(),
                t.notes(),
                d.tags().stream().map(Tag::name).toList(),
                t.ownerId().value(),
                d.owner() == null ? null : d.owner().displayName(),
                d.customFields(),
                t.codeAliases() == null || t.codeAliases().isBlank()
                        ? List.of()
                        : List.of(t.codeAliases().strip().split(" +")),
                t.createdAt(),
                t.updatedAt());
    }
}
