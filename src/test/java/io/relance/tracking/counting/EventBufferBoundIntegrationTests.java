package io.relance.tracking.counting;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.shared.WorkspaceId;
import io.relance.tracking.IssuedLink;
import io.relance.tracking.TrackingTest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The buffer holds no more than its writer can record within the drain budget, refuses the rest (nothing taken),
 * and records everything it took when its lifecycle stops: a buffer filled to its bound and stopped at once loses
 * nothing.
 */
class EventBufferBoundIntegrationTests extends TrackingTest {

    @Autowired
    EventRecorder recorder;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock appClock;

    @Test
    void aBufferFilledToItsBoundAndStoppedAtOnceRecordsAllItTookAndNothingElse() {
        WorkspaceId ws = workspaces.create("Full buffer").id();
        List<Fetch> fetches = fetches(ws, 20, 150);
        List<UUID> visitIds = fetches.stream().map(Fetch::visit).toList();
        List<IssuedLink> visitLinks = fetches.stream().map(Fetch::link).toList();
        List<IssuedLink> links = visitLinks.stream().distinct().toList();
        // a drain budget so short that the bound is the floor, and no wait for room: the offers outrun the writer
        EventBuffer buffer = new EventBuffer(
                recorder, transactions, appClock, 100_000, Duration.ofMillis(50), Duration.ofMillis(1), Duration.ZERO);
        buffer.start();
        int taken = 0;
        int refused = 0;
        for (int i = 0; i < visitIds.size(); i++) {
            PageEvent event = new PageEvent(visitIds.get(i), "device-" + i, PageEvent.Type.INTERACTION, 0, false);
            if (buffer.offer(visitLinks.get(i).link(), event)) {
                taken++;
            } else {
                refused++;
            }
        }
        assertThat(buffer.waiting()).isLessThanOrEqualTo(EventBuffer.FLOOR);
        buffer.stop();

        assertThat(buffer.waiting()).isZero();
        assertThat(taken + refused).isEqualTo(visitIds.size());
        assertThat(refused)
                .as("the bound refused what the writer could not keep up with")
                .isPositive();
        Integer recorded = jdbc.sql("""
                        SELECT COUNT(*) FROM tracking_visits
                        WHERE workspace_id = ? AND status IN ('OPEN', 'SAME_OPEN')""").param(ws.value()).query(Integer.class).single();
        assertThat(recorded).as("every event taken is recorded after the stop").isEqualTo(taken);
        assertThat(buffer.recorded()).isEqualTo(taken);
        int opens = links.stream().mapToInt(l -> engagement(l).opens()).sum();
        assertThat(opens).isEqualTo(taken);
        assertThat(buffer.offer(
                        visitLinks.get(0).link(),
                        new PageEvent(visitIds.get(0), "late-device", PageEvent.Type.INTERACTION, 0, false)))
                .as("a stopped buffer takes nothing")
                .isFalse();
    }
}
