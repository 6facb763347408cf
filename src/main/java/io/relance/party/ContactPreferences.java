package io.relance.party;

import java.util.UUID;

/**
 * What a contact asked about being contacted, for the contact rules: where it lives (its country, for its time zone),
 * not to be called, no marketing e-mail (opted out), the channel it prefers ({@code PHONE}, {@code EMAIL},
 * {@code SMS}, {@code VISIT}; null when none) and its contact window as typed (free text).
 */
public record ContactPreferences(
        UUID contactId,
        ThirdPartyId thirdPartyId,
        String country,
        boolean doNotCall,
        boolean marketingOptOut,
        String preferredChannel,
        String contactWindow) {}
