package io.relance.tracking.counting;

import static org.assertj.core.api.Assertions.assertThat;

import io.relance.shared.WorkspaceId;
import io.relance.tracking.IssuedLink;
import io.relance.tracking.TrackingTest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Not one event taken is lost when the application stops cleanly under load. */
class EventBufferCleanStopIntegrationTests extends TrackingTest {

    @Autowired
    EventBuffer buffer;

    @Test
    void everyEventTakenBeforeACleanStopIsRecorded() throws Exception {
        WorkspaceId ws = workspaces.create("Clean stop").id();
        List<Fetch> fetches = fetches(ws, 10, 200);
        List<UUID> visitIds = fetches.stream().map(Fetch::visit).toList();
        List<IssuedLink> visitLinks = fetches.stream().map(Fetch::link).toList();
        List<IssuedLink> subjects = visitLinks.stream().distinct().toList();
        AtomicInteger taken = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch halfway = new CountDownLatch(1);
        ExecutorService senders = Executors.newFixedThreadPool(4);
        int threads = 4;
        try {
            for (int t = 0; t < threads; t++) {
                int first = t;
                senders.submit(() -> {
                    for (int i = first; i < visitIds.size(); i += threads) {
                        // one interaction per visit, each from its own device: each taken event is one open
                        PageEvent event =
                                new PageEvent(visitIds.get(i), "device-" + i, PageEvent.Type.INTERACTION, 0, false);
                        if (buffer.offer(visitLinks.get(i).link(), event)) {
                            taken.incrementAndGet();
                        } else {
                            refused.incrementAndGet();
                        }
                        if (i > visitIds.size() / 3) {
                            halfway.countDown();
                        }
                    }
                });
            }
            assertThat(halfway.await(30, TimeUnit.SECONDS)).isTrue();
            buffer.stop();
            senders.shutdown();
            assertThat(senders.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

            assertThat(buffer.waiting()).isZero();
            Integer recorded =
                    jdbc.sql("""
                            SELECT COUNT(*) FROM tracking_visits
                            WHERE workspace_id = ? AND status IN ('OPEN', 'SAME_OPEN')""").param(ws.value()).query(Integer.class).single();
            assertThat(taken.get()).isPositive();
            assertThat(recorded).isEqualTo(taken.get());
            assertThat(taken.get() + refused.get()).isEqualTo(visitIds.size());
            int opens = subjects.stream().mapToInt(l -> engagement(l).opens()).sum();
            assertThat(opens).isEqualTo(taken.get());
        } finally {
            senders.shutdownNow();
            buffer.start();
        }
    }
}
