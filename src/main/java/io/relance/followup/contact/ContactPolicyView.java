package io.relance.followup.contact;

import java.time.LocalTime;
import java.util.Collection;
import java.util.List;

/**
 * The contact rules of one level as the API answers them (null: inherited). For a third party or a contact,
 * {@code effective} is what applies once every level is merged, and {@code effectiveTimeZone} the zone the rules run
 * in (set, else from the country, else the workspace's); both null for the workspace's defaults.
 */
public record ContactPolicyView(
        Integer minDaysBetween,
        Integer maxPer30Days,
        String hoursFrom,
        String hoursTo,
        List<String> quietDays,
        String timeZone,
        String preferredChannel,
        List<String> preferredDays,
        List<String> preferredParts,
        long version,
        ContactPolicyView effective,
        String effectiveTimeZone) {

    public static ContactPolicyView of(ContactPolicy p) {
        return new ContactPolicyView(
                p.minDaysBetween(),
                p.maxPer30Days(),
                hour(p.hoursFrom()),
                hour(p.hoursTo()),
                names(p.quietDays()),
                p.timeZone() == null ? null : p.timeZone().getId(),
                p.preferredChannel() == null ? null : p.preferredChannel().name(),
                names(p.preferredDays()),
                names(p.preferredParts()),
                p.version(),
                null,
                null);
    }

    public static ContactPolicyView of(ContactPolicy overrides, ContactPolicy effective, String zone) {
        ContactPolicyView own = of(overrides);
        return new ContactPolicyView(
                own.minDaysBetween,
                own.maxPer30Days,
                own.hoursFrom,
                own.hoursTo,
                own.quietDays,
                own.timeZone,
                own.preferredChannel,
                own.preferredDays,
                own.preferredParts,
                own.version,
                of(effective),
                zone);
    }

    private static String hour(LocalTime t) {
        return t == null ? null : t.toString().substring(0, 5);
    }

    private static <E extends Enum<E>> List<String> names(Collection<E> values) {
        return values == null ? null : values.stream().sorted().map(Enum::name).toList();
    }
}
