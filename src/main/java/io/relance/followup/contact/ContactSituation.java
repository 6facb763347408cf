package io.relance.followup.contact;

import io.relance.followup.ContactChannel;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What the contact rules judge: a contact through {@code channel} (a marketing send or not) at {@code at}, in the
 * contact's {@code zone}, under the effective {@code policy} (every field set), the third party's and contact's
 * flags, whether the one contacting may (exclusivity), and the instants of the outbound contacts before it.
 */
public record ContactSituation(
        ContactChannel channel,
        boolean marketing,
        Instant at,
        ZoneId zone,
        ContactPolicy policy,
        boolean doNotContact,
        boolean doNotCall,
        boolean marketingOptOut,
        boolean mayContact,
        List<Instant> pastContacts) {

    public ContactSituation {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(policy, "policy");
        pastContacts =
                pastContacts.stream().filter(t -> !t.isAfter(at)).sorted().toList();
    }

    /** A contact by someone who may, with no flag set and no contact before: each test adds what it needs. */
    public static ContactSituation plain(ContactChannel channel, Instant at, ZoneId zone, ContactPolicy policy) {
        return new ContactSituation(channel, false, at, zone, policy, false, false, false, true, List.of());
    }

    public ContactSituation withPastContacts(List<Instant> contacts) {
        return new ContactSituation(
                channel, marketing, at, zone, policy, doNotContact, doNotCall, marketingOptOut, mayContact, contacts);
    }

    public ContactSituation withFlags(boolean dnc, boolean noCalls, boolean optOut, boolean may) {
        return new ContactSituation(channel, marketing, at, zone, policy, dnc, noCalls, optOut, may, pastContacts);
    }

    public ContactSituation asMarketing() {
        return new ContactSituation(
                channel, true, at, zone, policy, doNotContact, doNotCall, marketingOptOut, mayContact, pastContacts);
    }
}
