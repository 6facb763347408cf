package io.relance.party;

import java.util.UUID;

/**
 * What other modules may read of a third party's contact: the name and address a document prints, the phones a task
 * calls (as typed, and in E.164 for a {@code tel:} link; null when none).
 */
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
        String language,
        String phone,
        String phoneE164,
        String mobile,
        String mobileE164) {

    /** The number to call: the mobile's E.164 form when there is one, else the phone's; null when neither. */
    public String telephone() {
        return mobileE164 != null ? mobileE164 : phoneE164;
    }

    /** The number to call as typed (matching {@link #telephone}). */
    public String telephoneAsTyped() {
        return mobileE164 != null ? mobile : phoneE164 != null ? phone : null;
    }
}
