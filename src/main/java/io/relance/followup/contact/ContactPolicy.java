package io.relance.followup.contact;

import io.relance.followup.ContactChannel;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/**
 * The knobs of the contact rules at one level: the workspace's defaults, or the overrides of a third party or of one
 * of its contacts. A null field is inherited from the level above (contact → third party → workspace → the built-in
 * defaults, {@link #DEFAULTS}); an empty set means none. {@code minDaysBetween} and {@code maxPer30Days} of 0 turn
 * the rule off. {@code timeZone} null: derived from the contact's (else the third party's) country, else the
 * workspace's zone. {@code version} is the stored row's (0 when none was stored).
 */
public record ContactPolicy(
        Integer minDaysBetween,
        Integer maxPer30Days,
        LocalTime hoursFrom,
        LocalTime hoursTo,
        Set<DayOfWeek> quietDays,
        ZoneId timeZone,
        ContactChannel preferredChannel,
        Set<DayOfWeek> preferredDays,
        Set<DayPart> preferredParts,
        long version) {

    /** Three days between contacts, six per 30 days, 08:00 to 20:00, never on Sunday, no preference. */
    public static final ContactPolicy DEFAULTS = new ContactPolicy(
            3,
            6,
            LocalTime.of(8, 0),
            LocalTime.of(20, 0),
            EnumSet.of(DayOfWeek.SUNDAY),
            null,
            null,
            Set.of(),
            Set.of(),
            0);

    /** Nothing overridden. */
    public static final ContactPolicy INHERIT =
            new ContactPolicy(null, null, null, null, null, null, null, null, null, 0);

    public ContactPolicy {
        quietDays = quietDays == null ? null : Set.copyOf(quietDays);
        preferredDays = preferredDays == null ? null : Set.copyOf(preferredDays);
        preferredParts = preferredParts == null ? null : Set.copyOf(preferredParts);
    }

    /** This level over a lower one: each field this one leaves null comes from {@code below}. */
    public ContactPolicy over(ContactPolicy below) {
        return new ContactPolicy(
                minDaysBetween != null ? minDaysBetween : below.minDaysBetween,
                maxPer30Days != null ? maxPer30Days : below.maxPer30Days,
                hoursFrom != null ? hoursFrom : below.hoursFrom,
                hoursTo != null ? hoursTo : below.hoursTo,
                quietDays != null ? quietDays : below.quietDays,
                timeZone != null ? timeZone : below.timeZone,
                preferredChannel != null ? preferredChannel : below.preferredChannel,
                preferredDays != null ? preferredDays : below.preferredDays,
                preferredParts != null ? preferredParts : below.preferredParts,
                version);
    }

    /** Whether nothing is overridden at this level. */
    public boolean inheritsAll() {
        return withVersion(0).equals(INHERIT);
    }

    public ContactPolicy withVersion(long newVersion) {
        return new ContactPolicy(
                minDaysBetween,
                maxPer30Days,
                hoursFrom,
                hoursTo,
                quietDays,
                timeZone,
                preferredChannel,
                preferredDays,
                preferredParts,
                newVersion);
    }

    /** The same with this preferred channel, when this level sets none (a contact's own preference). */
    public ContactPolicy preferringIfUnset(ContactChannel channel) {
        if (preferredChannel != null || channel == null) {
            return this;
        }
        return new ContactPolicy(
                minDaysBetween,
                maxPer30Days,
                hoursFrom,
                hoursTo,
                quietDays,
                timeZone,
                channel,
                preferredDays,
                preferredParts,
                version);
    }
}
