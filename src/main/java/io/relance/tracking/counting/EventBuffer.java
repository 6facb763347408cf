package io.relance.tracking.counting;

import io.relance.shared.WorkspaceId;
import io.relance.tracking.TrackedLink;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The write path of the page events: the endpoint only puts an accepted event in a bounded in-memory queue (no
 * database work while the client waits); one thread takes what has come every few milliseconds and records it in
 * one transaction per workspace ({@link EventRecorder}: a handful of batched statements for hundreds of events).
 *
 * <p>A full queue refuses the event (the endpoint answers 503 and the script tries again later), so nothing
 * accepted is dropped. A batch that fails is kept and tried again. On a clean stop the buffer stops accepting
 * first, after the web server has stopped taking requests (it is stopped in a later phase), then records all it
 * holds before the database closes: every event answered 204 is recorded. A crash (kill -9) loses what the queue
 * held, at most the last flush interval's events.
 */
@Component
public class EventBuffer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventBuffer.class);

    /** Stopped after the web server (which stops at {@code DEFAULT_PHASE - 2048}), so no request is still adding. */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private static final int MAX_BATCH = 5_000;
    private static final int ATTEMPTS_ON_CONFLICT = 5;

    private final BlockingQueue<EventRecorder.Accepted> queue;
    private final EventRecorder recorder;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration interval;
    private final AtomicLong recorded = new AtomicLong();
    private final AtomicLong inFlight = new AtomicLong();
    private volatile boolean accepting;
    private volatile boolean running;
    private Thread worker;

    EventBuffer(
            EventRecorder recorder,
            PlatformTransactionManager transactionManager,
            Clock clock,
            @Value("${relance.tracking.buffer.capacity:100000}") int capacity,
            @Value("${relance.tracking.buffer.flush-interval:PT0.05S}") Duration interval) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.recorder = recorder;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.interval = interval;
    }

    /** Takes the event to record; false when the buffer is full or stopping (nothing was taken). */
    public boolean offer(TrackedLink link, PageEvent event) {
        if (!accepting) {
            return false;
        }
        inFlight.incrementAndGet();
        try {
            return accepting && queue.offer(new EventRecorder.Accepted(link, event, clock.instant()));
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** Events recorded since start (for tests and monitoring). */
    public long recorded() {
        return recorded.get();
    }

    /** Events waiting to be recorded. */
    public int waiting() {
        return queue.size();
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        accepting = true;
        worker = new Thread(this::run, "tracking-events");
        worker.setDaemon(false);
        worker.start();
    }

    /** Stops taking events, records every event it holds, then returns. */
    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        accepting = false;
        while (inFlight.get() > 0) {
            Thread.onSpinWait();
        }
        running = false;
        try {
            worker.join(TimeUnit.MINUTES.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!queue.isEmpty()) {
            log.error("{} page events could not be recorded before the stop", queue.size());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private void run() {
        List<EventRecorder.Accepted> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                EventRecorder.Accepted first = queue.poll(interval.toMillis(), TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                flush(batch);
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
    }

    /** Records the batch, one transaction per workspace; retries until recorded (or stopped twice over). */
    private void flush(List<EventRecorder.Accepted> batch) throws InterruptedException {
        Map<WorkspaceId, List<EventRecorder.Accepted>> byWorkspace = new LinkedHashMap<>();
        batch.forEach(a -> byWorkspace
                .computeIfAbsent(a.link().workspace(), w -> new ArrayList<>())
                .add(a));
        for (Map.Entry<WorkspaceId, List<EventRecorder.Accepted>> part : byWorkspace.entrySet()) {
            int attempt = 0;
            while (true) {
                try {
                    transactions.executeWithoutResult(s -> recorder.record(part.getKey(), part.getValue()));
                    recorded.addAndGet(part.getValue().size());
                    break;
                } catch (OptimisticLockingFailureException e) {
                    if (++attempt >= ATTEMPTS_ON_CONFLICT) {
                        log.warn("Page events of a visit changed by another node {} times: dropped", attempt);
                        break;
                    }
                } catch (RuntimeException e) {
                    attempt++;
                    log.warn(
                            "Recording {} page events failed (attempt {}), trying again",
                            part.getValue().size(),
                            attempt,
                            e);
                    if (!running && attempt >= 10) {
                        log.error(
                                "{} page events lost: the database refused them at the stop",
                                part.getValue().size());
                        break;
                    }
                    Thread.sleep(Math.min(5_000, 100L * attempt));
                }
            }
        }
    }
}
