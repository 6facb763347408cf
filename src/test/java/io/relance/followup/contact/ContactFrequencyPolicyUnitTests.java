package io.relance.followup.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.followup.ContactChannel;
import io.relance.followup.ContactRule;
import io.relance.followup.contact.ContactFrequencyPolicy.Verdict;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each contact rule alone, then together: the defaults (3 days apart, 6 per 30 days, 08:00–20:00 and never on
 * Sunday, in the contact's zone), the refusals that always win, the preferences that only warn, and the earliest
 * instant at which every hold allows the contact.
 */
class ContactFrequencyPolicyUnitTests {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** Paris local time of a day of December 2026 (the 7th is a Monday). */
    static Instant paris(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 12, day, hour, minute, 0, 0, PARIS).toInstant();
    }

    static ContactSituation call(Instant at) {
        return ContactSituation.plain(ContactChannel.CALL, at, PARIS, ContactPolicy.DEFAULTS);
    }

    static ContactSituation with(ContactSituation s, ContactPolicy override) {
        return new ContactSituation(
                s.channel(),
                s.marketing(),
                s.at(),
                s.zone(),
                override.over(ContactPolicy.DEFAULTS),
                s.doNotContact(),
                s.doNotCall(),
                s.marketingOptOut(),
                s.mayContact(),
                s.pastContacts());
    }

    static ContactPolicy override() {
        return ContactPolicy.INHERIT;
    }

    @Test
    void aFirstCallOnATuesdayMorningKeepsEveryRule() {
        Verdict v = ContactFrequencyPolicy.judge(call(paris(8, 10, 0)));

        assertThat(v.allowed()).isTrue();
        assertThat(v.findings()).isEmpty();
        assertThat(v.allowedFrom()).isEqualTo(paris(8, 10, 0));
    }

    @Nested
    class MinimumDaysBetweenContacts {

        @ParameterizedTest(name = "last contact Monday 7th 16:00, now the {0}th at 09:00: allowed {1}")
        @CsvSource({"8, false", "9, false", "10, true", "11, true"})
        void countsCalendarDaysInTheContactsZone(int day, boolean allowed) {
            Verdict v = ContactFrequencyPolicy.judge(call(paris(day, 9, 0)).withPastContacts(List.of(paris(7, 16, 0))));

            assertThat(v.allowed()).isEqualTo(allowed);
            assertThat(v.breaks(ContactRule.MIN_DAYS_BETWEEN)).isEqualTo(!allowed);
        }

        @Test
        void isHeldUntilTheThirdDayAtTheStartOfTheContactHours() {
            Verdict v = ContactFrequencyPolicy.judge(call(paris(8, 9, 0)).withPastContacts(List.of(paris(7, 16, 0))));

            assertThat(v.allowed()).isFalse();
            // the 10th from midnight, and the contact hours from 08:00
            assertThat(v.allowedFrom()).isEqualTo(paris(10, 8, 0));
            assertThat(v.findings())
                    .singleElement()
                    .satisfies(f -> assertThat(f.until()).isEqualTo(paris(10, 0, 0)));
        }

        @Test
        void zeroDaysTurnsTheRuleOff() {
            ContactSituation s = with(
                    call(paris(7, 17, 0)).withPastContacts(List.of(paris(7, 16, 0))),
                    new ContactPolicy(0, null, null, null, null, null, null, null, null, 0));

            assertThat(ContactFrequencyPolicy.judge(s).allowed()).isTrue();
        }

        @Test
        void aThirdPartysOverrideOfOneDayAllowsTheNextDay() {
            ContactSituation s = with(
                    call(paris(8, 9, 0)).withPastContacts(List.of(paris(7, 16, 0))),
                    new ContactPolicy(1, null, null, null, null, null, null, null, null, 0));

            assertThat(ContactFrequencyPolicy.judge(s).allowed()).isTrue();
        }
    }

    @Nested
    class AtMostNPerRolling30Days {

        /** Six contacts, one every three days from Tuesday 1 December at 10:00. */
        static List<Instant> six() {
            return List.of(
                    paris(1, 10, 0),
                    paris(4, 10, 0),
                    paris(7, 10, 0),
                    paris(10, 10, 0),
                    paris(13, 10, 0),
                    paris(16, 10, 0));
        }

        @Test
        void aSeventhWithin30DaysIsHeldUntilTheOldestLeavesTheWindow() {
            Verdict v = ContactFrequencyPolicy.judge(call(paris(21, 10, 0)).withPastContacts(six()));

            assertThat(v.allowed()).isFalse();
            assertThat(v.breaks(ContactRule.MAX_PER_30_DAYS)).isTrue();
            assertThat(v.breaks(ContactRule.MIN_DAYS_BETWEEN)).isFalse();
            // 1 December 10:00 + 30 days = 31 December 10:00 (a Thursday)
            assertThat(v.allowedFrom()).isEqualTo(paris(31, 10, 0));
        }

        @Test
        void fiveContactsLeaveRoomForASixth() {
            Verdict v = ContactFrequencyPolicy.judge(call(paris(21, 10, 0)).withPastContacts(six().subList(1, 6)));

            assertThat(v.allowed()).isTrue();
        }

        @Test
        void contactsOlderThan30DaysDoNotCount() {
            List<Instant> old = List.of(
                    paris(1, 10, 0).minusSeconds(86400L * 40), paris(1, 10, 0).minusSeconds(86400L * 35));
            ContactSituation s = with(
                    call(paris(21, 10, 0)).withPastContacts(old),
                    new ContactPolicy(null, 2, null, null, null, null, null, null, null, 0));

            assertThat(ContactFrequencyPolicy.judge(s).allowed()).isTrue();
        }

        @Test
        void aLimitOfTwoHoldsUntilTheSecondLastLeaves() {
            ContactSituation s = with(
                    call(paris(21, 10, 0)).withPastContacts(six()),
                    new ContactPolicy(null, 2, null, null, null, null, null, null, null, 0));

            Verdict v = ContactFrequencyPolicy.judge(s);

            // the 13th and the 16th are in the window: room once the 13th leaves it, on 12 January 10:00
            assertThat(v.allowedFrom()).isEqualTo(paris(13, 10, 0).plusSeconds(86400L * 30));
        }

        @Test
        void zeroTurnsTheLimitOff() {
            ContactSituation s = with(
                    call(paris(21, 10, 0)).withPastContacts(six()),
                    new ContactPolicy(null, 0, null, null, null, null, null, null, null, 0));

            assertThat(ContactFrequencyPolicy.judge(s).allowed()).isTrue();
        }
    }

    @Nested
    class QuietHours {

        @ParameterizedTest(name = "{0}th at {1}:{2} in Paris: allowed {3}")
        @CsvSource({
            "8, 7, 59, false",
            "8, 8, 0, true",
            "8, 19, 59, true",
            "8, 20, 0, false",
            "8, 23, 30, false",
            "13, 11, 0, false", // a Sunday
            "12, 11, 0, true" // a Saturday
        })
        void onlyWithinTheContactHoursAndNeverOnSunday(int day, int hour, int minute, boolean allowed) {
            Verdict v = ContactFrequencyPolicy.judge(call(paris(day, hour, minute)));

            assertThat(v.allowed()).isEqualTo(allowed);
            assertThat(v.breaks(ContactRule.QUIET_HOURS)).isEqualTo(!allowed);
        }

        @ParameterizedTest(name = "{0}th at {1}:00 is held until the {2}th at 08:00")
        @CsvSource({"8, 6, 8", "8, 21, 9", "12, 21, 14", "13, 10, 14"})
        void heldUntilTheNextStartOfTheContactHours(int day, int hour, int allowedDay) {
            Verdict v = ContactFrequencyPolicy.judge(call(paris(day, hour, 0)));

            assertThat(v.allowedFrom()).isEqualTo(paris(allowedDay, 8, 0));
        }

        @Test
        void areTheContactsHoursInItsOwnZone() {
            // 15:00 in Paris is 09:00 in New York: fine there; 09:00 in Paris is 03:00 there
            ContactSituation afternoon =
                    ContactSituation.plain(ContactChannel.CALL, paris(8, 15, 0), NEW_YORK, ContactPolicy.DEFAULTS);
            ContactSituation morning =
                    ContactSituation.plain(ContactChannel.CALL, paris(8, 9, 0), NEW_YORK, ContactPolicy.DEFAULTS);

            assertThat(ContactFrequencyPolicy.judge(afternoon).allowed()).isTrue();
            Verdict early = ContactFrequencyPolicy.judge(morning);
            assertThat(early.allowed()).isFalse();
            assertThat(early.allowedFrom())
                    .isEqualTo(
                            ZonedDateTime.of(2026, 12, 8, 8, 0, 0, 0, NEW_YORK).toInstant());
        }

        @Test
        void aWorkspaceMayChangeTheHoursAndTheQuietDays() {
            ContactPolicy weekdays = new ContactPolicy(
                    null,
                    null,
                    LocalTime.of(9, 0),
                    LocalTime.of(17, 30),
                    EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                    null,
                    null,
                    null,
                    null,
                    0);

            assertThat(ContactFrequencyPolicy.judge(with(call(paris(8, 8, 30)), weekdays))
                            .allowed())
                    .isFalse();
            assertThat(ContactFrequencyPolicy.judge(with(call(paris(8, 17, 29)), weekdays))
                            .allowed())
                    .isTrue();
            Verdict saturday = ContactFrequencyPolicy.judge(with(call(paris(12, 10, 0)), weekdays));
            assertThat(saturday.allowed()).isFalse();
            assertThat(saturday.allowedFrom()).isEqualTo(paris(14, 9, 0));
        }

        @Test
        void noQuietDayAllowsSundays() {
            ContactPolicy everyDay = new ContactPolicy(null, null, null, null, Set.of(), null, null, null, null, 0);

            assertThat(ContactFrequencyPolicy.judge(with(call(paris(13, 11, 0)), everyDay))
                            .allowed())
                    .isTrue();
        }
    }

    @Nested
    class RefusalsAlwaysWin {

        @Test
        void doNotContactRefusesEveryChannelWithNoInstant() {
            for (ContactChannel channel : ContactChannel.values()) {
                Verdict v = ContactFrequencyPolicy.judge(
                        ContactSituation.plain(channel, paris(8, 10, 0), PARIS, ContactPolicy.DEFAULTS)
                                .withFlags(true, false, false, true));

                assertThat(v.allowed()).isFalse();
                assertThat(v.breaks(ContactRule.DO_NOT_CONTACT)).isTrue();
                assertThat(v.allowedFrom()).isNull();
            }
        }

        @Test
        void doNotContactWinsOverAContactThatKeepsEveryOtherRule() {
            Verdict v = ContactFrequencyPolicy.judge(call(paris(8, 10, 0)).withFlags(true, false, false, true));

            assertThat(v.findings()).extracting(f -> f.rule()).containsExactly(ContactRule.DO_NOT_CONTACT);
        }

        @Test
        void doNotCallRefusesCallsOnly() {
            ContactSituation call = call(paris(8, 10, 0)).withFlags(false, true, false, true);
            ContactSituation mail = ContactSituation.plain(
                            ContactChannel.EMAIL, paris(8, 10, 0), PARIS, ContactPolicy.DEFAULTS)
                    .withFlags(false, true, false, true);

            assertThat(ContactFrequencyPolicy.judge(call).breaks(ContactRule.DO_NOT_CALL))
                    .isTrue();
            assertThat(ContactFrequencyPolicy.judge(call).allowedFrom()).isNull();
            assertThat(ContactFrequencyPolicy.judge(mail).allowed()).isTrue();
        }

        @Test
        void marketingOptOutRefusesMarketingSendsOnly() {
            ContactSituation oneToOne = ContactSituation.plain(
                            ContactChannel.EMAIL, paris(8, 10, 0), PARIS, ContactPolicy.DEFAULTS)
                    .withFlags(false, false, true, true);

            assertThat(ContactFrequencyPolicy.judge(oneToOne).allowed()).isTrue();
            Verdict campaign = ContactFrequencyPolicy.judge(oneToOne.asMarketing());
            assertThat(campaign.allowed()).isFalse();
            assertThat(campaign.breaks(ContactRule.MARKETING_OPT_OUT)).isTrue();
        }

        @Test
        void exclusivityRefusesWhoeverMayNotContactTheThirdParty() {
            Verdict v = ContactFrequencyPolicy.judge(call(paris(8, 10, 0)).withFlags(false, false, false, false));

            assertThat(v.allowed()).isFalse();
            assertThat(v.breaks(ContactRule.EXCLUSIVITY)).isTrue();
            assertThat(v.allowedFrom()).isNull();
        }

        @Test
        void aRefusalStillNamesTheHoldsThatApply() {
            Verdict v = ContactFrequencyPolicy.judge(call(paris(13, 10, 0)).withFlags(true, false, false, true));

            assertThat(v.findings())
                    .extracting(f -> f.rule())
                    .containsExactly(ContactRule.DO_NOT_CONTACT, ContactRule.QUIET_HOURS);
            assertThat(v.allowedFrom()).isNull();
        }
    }

    @Nested
    class PreferencesOnlyWarn {

        @Test
        void anotherChannelThanThePreferredOneWarnsButIsAllowed() {
            ContactSituation s = with(
                    call(paris(8, 10, 0)),
                    new ContactPolicy(null, null, null, null, null, null, ContactChannel.EMAIL, null, null, 0));

            Verdict v = ContactFrequencyPolicy.judge(s);

            assertThat(v.allowed()).isTrue();
            assertThat(v.findings()).extracting(f -> f.rule()).containsExactly(ContactRule.PREFERRED_CHANNEL);
            assertThat(v.allowedFrom()).isEqualTo(paris(8, 10, 0));
        }

        @Test
        void theSameChannelAsThePreferredOneSaysNothing() {
            ContactSituation s = with(
                    call(paris(8, 10, 0)),
                    new ContactPolicy(null, null, null, null, null, null, ContactChannel.CALL, null, null, 0));

            assertThat(ContactFrequencyPolicy.judge(s).findings()).isEmpty();
        }

        /** Tuesday and Thursday mornings. */
        static ContactPolicy tuesdayThursdayMornings() {
            return new ContactPolicy(
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                    EnumSet.of(DayPart.MORNING),
                    0);
        }

        @ParameterizedTest(name = "the {0}th at {1}:00: in the window {2}")
        @CsvSource({"8, 10, true", "10, 9, true", "8, 14, false", "9, 10, false"})
        void outsideThePreferredWindowWarnsButIsAllowed(int day, int hour, boolean inWindow) {
            Verdict v = ContactFrequencyPolicy.judge(with(call(paris(day, hour, 0)), tuesdayThursdayMornings()));

            assertThat(v.allowed()).isTrue();
            assertThat(v.breaks(ContactRule.PREFERRED_WINDOW)).isEqualTo(!inWindow);
        }

        @Test
        void theWarningNamesTheNextPreferredWindow() {
            // Tuesday afternoon: the next window is Thursday 08:00 (the contact hours start then)
            Verdict v = ContactFrequencyPolicy.judge(with(call(paris(8, 14, 0)), tuesdayThursdayMornings()));

            assertThat(v.findings())
                    .singleElement()
                    .satisfies(f -> assertThat(f.until()).isEqualTo(paris(10, 8, 0)));
        }
    }

    @Nested
    class AllowedFrom {

        @Test
        void chasesEveryHoldUntilNoneApplies() {
            // last contact Thursday 10th: three days later is Sunday 13th, a quiet day: Monday 14th at 08:00
            Verdict v =
                    ContactFrequencyPolicy.judge(call(paris(11, 10, 0)).withPastContacts(List.of(paris(10, 18, 0))));

            assertThat(v.allowedFrom()).isEqualTo(paris(14, 8, 0));
        }

        @Test
        void isNullWhenNoInstantWouldDo() {
            ContactPolicy never = new ContactPolicy(
                    null, null, null, null, EnumSet.allOf(DayOfWeek.class), null, null, null, null, 0);

            Verdict v = ContactFrequencyPolicy.judge(with(call(paris(8, 10, 0)), never));

            assertThat(v.allowed()).isFalse();
            assertThat(v.allowedFrom()).isNull();
        }

        @Test
        void contactsAfterTheInstantAskedDoNotCount() {
            Verdict v = ContactFrequencyPolicy.judge(call(paris(8, 10, 0)).withPastContacts(List.of(paris(9, 10, 0))));

            assertThat(v.allowed()).isTrue();
        }
    }

    @Nested
    class Levels {

        @Test
        void aContactsOverrideWinsOverTheThirdPartysWhichWinsOverTheWorkspaces() {
            ContactPolicy workspace = new ContactPolicy(5, 4, null, null, null, null, null, null, null, 3);
            ContactPolicy thirdParty = new ContactPolicy(2, null, null, null, null, NEW_YORK, null, null, null, 1);
            ContactPolicy contact =
                    new ContactPolicy(null, null, null, null, null, null, ContactChannel.SMS, null, null, 2);

            ContactPolicy effective = contact.over(thirdParty.over(workspace.over(ContactPolicy.DEFAULTS)));

            assertThat(effective.minDaysBetween()).isEqualTo(2);
            assertThat(effective.maxPer30Days()).isEqualTo(4);
            assertThat(effective.hoursFrom()).isEqualTo(LocalTime.of(8, 0));
            assertThat(effective.timeZone()).isEqualTo(NEW_YORK);
            assertThat(effective.preferredChannel()).isEqualTo(ContactChannel.SMS);
            assertThat(effective.quietDays()).containsExactly(DayOfWeek.SUNDAY);
        }

        @Test
        void anEmptySetOverridesWithNone() {
            ContactPolicy thirdParty = new ContactPolicy(null, null, null, null, Set.of(), null, null, null, null, 1);

            assertThat(thirdParty.over(ContactPolicy.DEFAULTS).quietDays()).isEmpty();
            assertThat(ContactPolicy.INHERIT.inheritsAll()).isTrue();
            assertThat(thirdParty.inheritsAll()).isFalse();
        }
    }
}
