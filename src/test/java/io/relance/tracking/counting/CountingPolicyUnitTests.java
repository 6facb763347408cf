package io.relance.tracking.counting;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.tracking.counting.CountingPolicy.Outcome;
import io.relance.tracking.counting.PageEvent.Type;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountingPolicyUnitTests {

    static final Instant T = Instant.parse("2026-12-01T10:00:00Z");
    static final String FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";

    final CountingPolicy policy = CountingPolicy.standard();

    static Visit visit(VisitStatus status) {
        return Visit.fetched(
                UUID.randomUUID(), UUID.randomUUID(), "quote", UUID.randomUUID(), T, FIREFOX, "addr", status);
    }

    static PageEvent event(Type type, long visibleMs) {
        return new PageEvent(UUID.randomUUID(), "device-0001", type, visibleMs, false);
    }

    @Test
    void aBareFetchByAPersonIsOnlyPendingNeverCounted() {
        assertThat(policy.classifyHit("GET", FIREFOX, false, null, T)).isEqualTo(VisitStatus.PENDING);
        assertThat(VisitStatus.PENDING.counted()).isFalse();
        assertThat(VisitStatus.PENDING.reason()).hasToString("NO_SCRIPT");
    }

    @Test
    void aSignedInUserOfTheWorkspaceIsInternalWhateverHisBrowser() {
        assertThat(policy.classifyHit("GET", FIREFOX, true, null, T)).isEqualTo(VisitStatus.INTERNAL);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Mozilla/5.0 (compatible; Microsoft Office Protection; Safe Links)",
                "Barracuda Sentinel (EE)",
                "Mimecast URL Protect",
                "Proofpoint URL Defense ppops-agent",
                "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
                "WhatsApp/2.23.20.0",
                "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
                "TelegramBot (like TwitterBot)",
                "Twitterbot/1.0",
                "curl/8.5.0",
                "python-requests/2.32.3",
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0 Safari/537.36",
                ""
            })
    void scannersPreviewsAndToolsAreBots(String userAgent) {
        assertThat(policy.classifyHit("GET", userAgent, false, null, T)).isEqualTo(VisitStatus.BOT);
    }

    @Test
    void aPhoneWhoseMakerHasBotInItsNameIsAPerson() {
        String cubot = "Mozilla/5.0 (Linux; Android 13; CUBOT KingKong 9) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " Chrome/131.0 Mobile Safari/537.36";
        assertThat(policy.classifyHit("GET", cubot, false, null, T)).isEqualTo(VisitStatus.PENDING);
    }

    @Test
    void aHeadRequestIsABot() {
        assertThat(policy.classifyHit("HEAD", FIREFOX, false, null, T)).isEqualTo(VisitStatus.BOT);
    }

    @Test
    void aFetchWithinSecondsOfSendingIsEarlyAndIgnoredAsABotUntilAScriptSpeaks() {
        assertThat(policy.classifyHit("GET", FIREFOX, false, T.minusSeconds(5), T))
                .isEqualTo(VisitStatus.EARLY);
        assertThat(VisitStatus.EARLY.reason()).hasToString("BOT");
        assertThat(policy.classifyHit("GET", FIREFOX, false, T.minusSeconds(60), T))
                .isEqualTo(VisitStatus.PENDING);

        Visit early = visit(VisitStatus.EARLY);
        assertThat(policy.apply(early, event(Type.VISIBLE, 3_000), T.plusSeconds(4), null))
                .isEqualTo(Outcome.OPENED);
    }

    @Test
    void threeSecondsVisibleMakeAnOpenTwoDoNot() {
        Visit v = visit(VisitStatus.PENDING);
        assertThat(policy.apply(v, event(Type.HEARTBEAT, 2_900), T.plusSeconds(10), null))
                .isEqualTo(Outcome.NOTHING);
        assertThat(v.status()).isEqualTo(VisitStatus.BRIEF);
        assertThat(policy.apply(v, event(Type.VISIBLE, 3_000), T.plusSeconds(11), null))
                .isEqualTo(Outcome.OPENED);
        assertThat(v.status()).isEqualTo(VisitStatus.OPEN);
        assertThat(v.openId()).isEqualTo(v.id());
    }

    @Test
    void anInteractionCountsAtOnce() {
        Visit v = visit(VisitStatus.PENDING);
        assertThat(policy.apply(v, event(Type.INTERACTION, 400), T.plusSeconds(1), null))
                .isEqualTo(Outcome.OPENED);
    }

    @Test
    void visibleTimeCannotExceedTheTimeSinceThePageWasServed() {
        Visit v = visit(VisitStatus.PENDING);
        assertThat(policy.apply(v, event(Type.VISIBLE, 60_000), T.plusSeconds(1), null))
                .isEqualTo(Outcome.NOTHING);
        assertThat(v.visibleMs()).isEqualTo(1_500);
        assertThat(v.status()).isEqualTo(VisitStatus.BRIEF);
    }

    @Test
    void visibleTimeOnlyGrows() {
        Visit v = visit(VisitStatus.PENDING);
        policy.apply(v, event(Type.VISIBLE, 5_000), T.plusSeconds(30), null);
        policy.apply(v, event(Type.HIDDEN, 4_000), T.plusSeconds(31), null);
        assertThat(v.visibleMs()).isEqualTo(5_000);
        policy.apply(v, event(Type.HEARTBEAT, 20_000), T.plusSeconds(60), null);
        assertThat(v.visibleMs()).isEqualTo(20_000);
    }

    @Test
    void anAutomatedBrowserIsNeverCounted() {
        Visit v = visit(VisitStatus.PENDING);
        PageEvent automated = new PageEvent(UUID.randomUUID(), "device-0001", Type.INTERACTION, 9_000, true);
        assertThat(policy.apply(v, automated, T.plusSeconds(10), null)).isEqualTo(Outcome.NOTHING);
        assertThat(v.status()).isEqualTo(VisitStatus.AUTOMATED);
        assertThat(policy.apply(v, event(Type.INTERACTION, 9_500), T.plusSeconds(11), null))
                .isEqualTo(Outcome.NOTHING);
    }

    @Test
    void internalAndBotVisitsStayIgnoredWhateverTheScriptSays() {
        for (VisitStatus status : new VisitStatus[] {VisitStatus.INTERNAL, VisitStatus.BOT}) {
            Visit v = visit(status);
            assertThat(policy.apply(v, event(Type.INTERACTION, 10_000), T.plusSeconds(20), null))
                    .isEqualTo(Outcome.NOTHING);
            assertThat(v.status()).isEqualTo(status);
        }
    }

    @Test
    void theSameDeviceWithinThirtyMinutesIsTheSameOpen() {
        UUID earlier = UUID.randomUUID();
        Instant now = T.plus(Duration.ofMinutes(40));
        Visit within = visit(VisitStatus.PENDING);
        assertThat(policy.apply(
                        within, event(Type.VISIBLE, 3_000), now, new RecentOpen(earlier, now.minusSeconds(29 * 60))))
                .isEqualTo(Outcome.JOINED);
        assertThat(within.status()).isEqualTo(VisitStatus.SAME_OPEN);
        assertThat(within.openId()).isEqualTo(earlier);

        Visit after = visit(VisitStatus.PENDING);
        assertThat(policy.apply(
                        after, event(Type.VISIBLE, 3_000), now, new RecentOpen(earlier, now.minusSeconds(31 * 60))))
                .isEqualTo(Outcome.OPENED);
    }

    @Test
    void aCountedVisitIsExtendedByLaterEvents() {
        Visit v = visit(VisitStatus.PENDING);
        policy.apply(v, event(Type.VISIBLE, 3_000), T.plusSeconds(5), null);
        assertThat(policy.apply(v, event(Type.HEARTBEAT, 18_000), T.plusSeconds(20), null))
                .isEqualTo(Outcome.EXTENDED);
    }

    @Test
    void withoutAStoredDeviceTheAddressAndBrowserNameIt() {
        Visit v = visit(VisitStatus.PENDING);
        String device = CountingPolicy.deviceOf(null, v);
        assertThat(device).startsWith("h:").isEqualTo(CountingPolicy.deviceOf(" ", v));
        assertThat(CountingPolicy.deviceOf("abcdefgh", v)).isEqualTo("abcdefgh");
    }
}
