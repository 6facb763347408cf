package io.relance.followup;

import java.util.List;

/**
 * A contact a rule refuses outright (exclusivity: a rep who is not the owner and has no special case; or
 * {@code DO_NOT_CONTACT}): the API answers 403 with the reasons, in the reader's language.
 */
public class ContactRefused extends RuntimeException {

    private final transient List<ContactCheck.Reason> reasons;

    public ContactRefused(List<ContactCheck.Reason> reasons) {
        super(reasons.isEmpty() ? "Contact refused" : reasons.get(0).message());
        this.reasons = List.copyOf(reasons);
    }

    public List<ContactCheck.Reason> reasons() {
        return reasons;
    }
}
