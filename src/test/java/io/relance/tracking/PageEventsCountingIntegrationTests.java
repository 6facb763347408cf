package io.relance.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.shared.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The counting rules through the event endpoint, with the test clock. */
class PageEventsCountingIntegrationTests extends TrackingTest {

    static final Instant T = Instant.parse("2026-12-01T09:00:00Z");

    @Autowired
    TrackingEventsProbe probe;

    WorkspaceId ws;

    @BeforeEach
    void workspace() {
        ws = workspaces.create("Tracking").id();
    }

    @Test
    void aBareFetchIsOnlyAHitItCountsNothing() {
        IssuedLink link = newLink(ws);
        hit(link, FIREFOX, false);
        hit(link, FIREFOX, false);
        Engagement e = engagement(link);
        assertThat(e.opens()).isZero();
        assertThat(e.ignored()).containsEntry(IgnoredReason.NO_SCRIPT, 2);
        assertThat(probe.opened(link.link().subjectId())).isEmpty();
    }

    @Test
    void scannerOpensAreNotCountedEvenWhenTheyRunTheScript() throws Exception {
        IssuedLink link = newLink(ws);
        UUID visit = hit(link, SAFE_LINKS, false);
        report(link.token(), event(visit, "scanner-01", "interaction", 0, false))
                .andExpect(status().isNoContent());
        awaitEvents(ws, visit, 1);
        assertThat(visitStatus(ws, visit)).isEqualTo("BOT");
        assertThat(engagement(link).opens()).isZero();
        assertThat(engagement(link).ignored()).containsEntry(IgnoredReason.BOT, 1);
    }

    @Test
    void theSendersOwnViewIsInternalNotCounted() throws Exception {
        IssuedLink link = newLink(ws);
        UUID visit = hit(link, FIREFOX, true);
        report(link.token(), event(visit, "my-laptop", "interaction", 0, false)).andExpect(status().isNoContent());
        awaitEvents(ws, visit, 1);
        assertThat(visitStatus(ws, visit)).isEqualTo("INTERNAL");
        assertThat(engagement(link).ignored()).containsEntry(IgnoredReason.INTERNAL, 1);
        assertThat(engagement(link).opens()).isZero();
    }

    @Test
    void anAutomatedBrowserIsNotCounted() throws Exception {
        IssuedLink link = newLink(ws);
        UUID visit = hit(link, FIREFOX, false);
        report(link.token(), event(visit, "robot-0001", "interaction", 0, true)).andExpect(status().isNoContent());
        awaitEvents(ws, visit, 1);
        assertThat(visitStatus(ws, visit)).isEqualTo("AUTOMATED");
        assertThat(engagement(link).ignored()).containsEntry(IgnoredReason.AUTOMATED, 1);
    }

    @Test
    void anOpenNeedsThreeSecondsVisibleAndThenCountsOnce() throws Exception {
        IssuedLink link = newLink(ws);
        clock.setTo(T);
        UUID visit = hit(link, FIREFOX, false);
        clock.setTo(T.plusSeconds(2));
        report(link.token(), event(visit, "phone-0001", "hidden", 2_000, false)).andExpect(status().isNoContent());
        awaitEvents(ws, visit, 1);
        assertThat(visitStatus(ws, visit)).isEqualTo("BRIEF");
        assertThat(engagement(link).opens()).isZero();

        clock.setTo(T.plusSeconds(10));
        report(link.token(), event(visit, "phone-0001", "visible", 3_100, false))
                .andExpect(status().isNoContent());
        awaitEvents(ws, visit, 2);
        assertThat(visitStatus(ws, visit)).isEqualTo("OPEN");
        Engagement e = engagement(link);
        assertThat(e.opens()).isEqualTo(1);
        assertThat(e.distinctVisitors()).isEqualTo(1);
        assertThat(e.firstOpenedAt()).isBetween(T.plusSeconds(10), T.plusSeconds(20));
        assertThat(e.days()).containsExactly(new DayOpens(LocalDate.parse("2026-12-01"), 1));
        assertThat(e.score()).isPositive();
        assertThat(probe.opened(link.link().subjectId()))
                .singleElement()
                .satisfies(o -> assertThat(o.first()).isTrue());
        assertThat(probe.changed(link.link().subjectId())).isNotEmpty();
    }

    @Test
    void theSameDeviceWithinThirtyMinutesIsOneOpenAnotherDeviceAnother() throws Exception {
        IssuedLink link = newLink(ws);
        clock.setTo(T);
        open(link, "laptop-0001");
        clock.setTo(T.plus(Duration.ofMinutes(20)));
        open(link, "laptop-0001");
        assertThat(engagement(link).opens()).isEqualTo(1);

        clock.setTo(T.plus(Duration.ofMinutes(55)));
        open(link, "laptop-0001");
        assertThat(engagement(link).opens()).isEqualTo(2);

        open(link, "phone-00002");
        Engagement e = engagement(link);
        assertThat(e.opens()).isEqualTo(3);
        assertThat(e.distinctVisitors()).isEqualTo(2);
        assertThat(probe.opened(link.link().subjectId()))
                .extracting(LinksOpened.Open::first)
                .containsExactly(true, false, false);
    }

    @Test
    void timeOnPageCountsOnlyWhileVisible() throws Exception {
        IssuedLink link = newLink(ws);
        clock.setTo(T);
        UUID visit = hit(link, FIREFOX, false);
        clock.setTo(T.plusSeconds(10));
        report(link.token(), event(visit, "tablet-001", "visible", 3_000, false));
        awaitEvents(ws, visit, 1);
        // hidden after 20 s of which 8 visible: the 12 others never count
        clock.setTo(T.plusSeconds(20));
        report(link.token(), event(visit, "tablet-001", "hidden", 8_000, false));
        awaitEvents(ws, visit, 2);
        assertThat(engagement(link).visibleSeconds()).isEqualTo(8);
        // a report of more visible time than the page has existed is cut to that time
        clock.setTo(T.plusSeconds(30));
        report(link.token(), event(visit, "tablet-001", "heartbeat", 600_000, false));
        awaitEvents(ws, visit, 3);
        assertThat(engagement(link).visibleSeconds()).isBetween(29L, 31L);
    }

    @Test
    void aVisitOfAnotherLinkChangesNothing() throws Exception {
        IssuedLink mine = newLink(ws);
        IssuedLink other = newLink(ws);
        UUID visit = hit(other, FIREFOX, false);
        report(mine.token(), event(visit, "somebody-1", "interaction", 0, false))
                .andExpect(status().isNoContent());
        UUID control = hit(mine, FIREFOX, false);
        report(mine.token(), event(control, "somebody-1", "hidden", 100, false));
        awaitEvents(ws, control, 1);
        assertThat(visitStatus(ws, visit)).isEqualTo("PENDING");
        assertThat(engagement(other).opens()).isZero();
    }

    @Test
    void anotherWorkspaceNeverSeesTheEngagement() throws Exception {
        IssuedLink link = newLink(ws);
        open(link, "device-abc1");
        WorkspaceId other = workspaces.create("Other").id();
        assertThat(engagements.of(other, "quote", link.link().subjectId())).isEqualTo(Engagement.none());
        assertThat(engagements.scores(
                        other, "quote", java.util.List.of(link.link().subjectId())))
                .isEmpty();
        assertThat(engagements.scores(ws, "quote", java.util.List.of(link.link().subjectId())))
                .containsKey(link.link().subjectId());
    }

    /** A visit by this device that a person sees: fetched, then an interaction. */
    private void open(IssuedLink link, String device) throws Exception {
        UUID visit = hit(link, FIREFOX, false);
        report(link.token(), event(visit, device, "interaction", 0, false)).andExpect(status().isNoContent());
        awaitEvents(ws, visit, 1);
        await().until(() -> !visitStatus(ws, visit).equals("PENDING"));
    }
}
