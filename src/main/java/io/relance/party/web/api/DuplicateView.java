package io.relance.party.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.relance.party.search.DuplicateReason;
import io.relance.party.search.PossibleDuplicate;
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
}
