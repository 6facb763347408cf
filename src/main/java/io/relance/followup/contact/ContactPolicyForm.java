package io.relance.followup.contact;

import java.util.List;

/**
 * The contact rules of one level as the API and the pages take them: numbers, {@code HH:MM} hours, day names
 * ({@code MONDAY}…), a time zone id ({@code Europe/Paris}), a channel ({@code CALL}, {@code EMAIL}, {@code SMS},
 * {@code VISIT}, {@code MEETING}), parts of the day ({@code MORNING}, {@code AFTERNOON}, {@code EVENING}) and the
 * version read. For the overrides of a third party or a contact, a field left out (null) is inherited.
 */
public record ContactPolicyForm(
        Integer minDaysBetween,
        Integer maxPer30Days,
        String hoursFrom,
        String hoursTo,
        List<String> quietDays,
        String timeZone,
        String preferredChannel,
        List<String> preferredDays,
        List<String> preferredParts,
        Long version) {}
