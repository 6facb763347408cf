package io.relance.party.search;

import io.relance.party.ThirdPartyId;
import io.relance.workspace.UserSummary;
import java.util.List;

/**
 * An existing third party that may be the one being typed, and why. One the user may not see is {@linkplain
 * #hidden() hidden}: only the reasons are told (a sales rep learns that someone else owns it, never what it is).
 */
public record PossibleDuplicate(
        ThirdPartyId id, String code, String name, UserSummary owner, List<DuplicateReason> reasons) {

    public PossibleDuplicate {
        reasons = List.copyOf(reasons);
    }

    public static PossibleDuplicate hidden(List<DuplicateReason> reasons) {
        return new PossibleDuplicate(null, null, null, null, reasons);
    }

    /** Whether it is out of the user's reach: then nothing but the reasons is known. */
    public boolean hidden() {
        return id == null;
    }
}
