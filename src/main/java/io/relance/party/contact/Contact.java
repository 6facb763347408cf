package io.relance.party.contact;

import java.time.Instant;
import java.util.UUID;

/** A person (or an address) of a third party: director, assistant, delivery… usable on a document. */
public record Contact(
        UUID id,
        UUID thirdPartyId,
        String firstName,
        String lastName,
        String position,
        String email,
        String phone,
        String phoneE164,
        String mobile,
        String mobileE164,
        String addressLine,
        String postalCode,
        String city,
        String country,
        String language,
        String notes,
        MarketingConsent emailMarketing,
        boolean doNotCall,
        String preferredChannel,
        String contactWindow,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** E-mail marketing consent. */
    public enum MarketingConsent {
        UNKNOWN,
        OPT_IN,
        OPT_OUT
    }

    public String displayName() {
        return firstName == null ? lastName : firstName + " " + lastName;
    }
}
