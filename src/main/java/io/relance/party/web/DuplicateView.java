package io.relance.party.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.relance.party.ThirdPartyId;
import io.relance.party.search.DuplicateReason;
import io.relance.party.search.PossibleDuplicate;
import io.relance.shared.InvalidInputException;
import java.util.List;
import java.util.UUID;

/**
 * A possible duplicate as the API shows it: {@code {id, code, name, ownerId, ownerName, hidden: false, reasons}},
 * or, for one the user may not see, only {@code {hidden: true, reasons}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DuplicateView(
        UUID id,
        String code,
        String name,
        UUID ownerId,
        String ownerName,
        boolean hidden,
        List<DuplicateReason> reasons) {

    static DuplicateView of(PossibleDuplicate d) {
        if (d.hidden()) {
            return new DuplicateView(null, null, null, null, null, true, d.reasons());
        }
        return new DuplicateView(
                d.id().value(),
                d.code(),
                d.name(),
                d.owner() == null ? null : d.owner().id().value(),
                d.owner() == null ? null : d.owner().displayName(),
                false,
                d.reasons());
    }

    /** The {@code excludeId} parameter: none when blank; a malformed one is a field error. */
    static ThirdPartyId excluded(String excludeId) {
        if (excludeId == null || excludeId.isBlank()) {
            return null;
        }
        try {
            return new ThirdPartyId(UUID.fromString(excludeId.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("excludeId", "validation.type");
        }
    }
}
