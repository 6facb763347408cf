package io.relance.shared.web;

import io.relance.shared.AdjustableClock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The test clock is one for all app nodes: a change made through the API on one node is written to
 * {@code test_clock} with a new version, and every node applies a version it has not seen yet within a second (and
 * at once when asked for the clock). A node only ever applies changes made through the API, so a test that moves
 * its own clock in-process is not overridden.
 */
@Component
@ConditionalOnProperty(name = "relance.testing.clock-enabled", havingValue = "true")
class SharedTestClock implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SharedTestClock.class);

    private final AdjustableClock clock;
    private final JdbcClient jdbc;
    private long seen;
    private ScheduledExecutorService poller;

    SharedTestClock(AdjustableClock clock, JdbcClient jdbc) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    record Row(long offsetMillis, long version) {}

    /** Writes this node's offset for the others. */
    synchronized void publish() {
        jdbc.sql("UPDATE test_clock SET offset_millis = ?, version = version + 1 WHERE singleton = 1")
                .param(clock.offset().toMillis())
                .update();
        seen = jdbc.sql("SELECT version FROM test_clock WHERE singleton = 1")
                .query(Long.class)
                .single();
    }

    /** Applies a change another node published. */
    synchronized void refresh() {
        Row row = jdbc.sql("SELECT offset_millis, version FROM test_clock WHERE singleton = 1")
                .query(Row.class)
                .optional()
                .orElse(null);
        if (row != null && row.version() != seen) {
            seen = row.version();
            clock.setOffset(Duration.ofMillis(row.offsetMillis()));
        }
    }

    @Override
    public synchronized void start() {
        refresh();
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "test-clock-sync");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::refreshQuietly, 1, 1, TimeUnit.SECONDS);
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.debug("Test clock not read from the database: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return poller != null;
    }
}
