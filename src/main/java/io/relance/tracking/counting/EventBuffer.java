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
 * <p><b>Bound and back-pressure</b>: the queue takes no more than the writer can record within the drain budget
 * ({@code relance.tracking.buffer.drain-budget}, 10 s): its bound is the writer's measured rate (events recorded
 * per second of database work, a moving average) times that budget, at least {@value #FLOOR} and at most the
 * capacity. An event that finds the queue at its bound waits up to {@code relance.tracking.buffer.offer-wait}
 * (100 ms) for room, then is refused (the endpoint answers 503 with {@code Retry-After}; the script tries again).
 * A slow database (a bad plan, a busy disk) therefore shrinks what is held, instead of holding what cannot be
 * written before a stop.
 *
 * <p><b>Clean stop</b>: the buffer stops accepting after the web server has stopped taking requests (it is stopped
 * in a later phase), then records all it holds before the database closes: every event answered 204 is recorded.
 * It waits for the writer as long as the writer makes progress; only a database that refuses every write for a
 * for three drain budgets (at least 10 s) makes it give up (logged with the count). A batch that fails is kept and tried again. A crash
 * (kill -9) loses what the queue held.
 */
@Component
public class EventBuffer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventBuffer.class);

    /** Stopped after the web server (which stops at {@code DEFAULT_PHASE - 2048}), so no request is still adding. */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private static final int MAX_BATCH = 5_000;
    private static final int ATTEMPTS_ON_CONFLICT = 5;

    /** The least the queue holds whatever the measured rate (the first batches, a cold JIT). */
    static final int FLOOR = 1_000;

    private final BlockingQueue<EventRecorder.Accepted> queue;
    private final EventRecorder recorder;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration interval;
    private final int capacity;
    private final double drainSeconds;
    private final long offerWaitNanos;
    private final Object room = new Object();
    private final AtomicLong recorded = new AtomicLong();
    private volatile double eventsPerSecond;
    private final AtomicLong inFlight = new AtomicLong();
    private volatile boolean accepting;
    private volatile boolean running;
    private Thread worker;

    EventBuffer(
            EventRecorder recorder,
            PlatformTransactionManager transactionManager,
            Clock clock,
            @Value("${relance.tracking.buffer.capacity:100000}") int capacity,
            @Value("${relance.tracking.buffer.flush-interval:PT0.05S}") Duration interval,
            @Value("${relance.tracking.buffer.drain-budget:PT10S}") Duration drainBudget,
            @Value("${relance.tracking.buffer.offer-wait:PT0.1S}") Duration offerWait) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.capacity = capacity;
        this.recorder = recorder;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.interval = interval;
        this.drainSeconds = drainBudget.toMillis() / 1000.0;
        this.offerWaitNanos = offerWait.toNanos();
    }

    /**
     * Takes the event to record; false when the buffer is at its bound (after a short wait for room) or stopping:
     * nothing was taken.
     */
    public boolean offer(TrackedLink link, PageEvent event) {
        if (!accepting) {
            return false;
        }
        inFlight.incrementAndGet();
        try {
            if (queue.size() >= bound() && !awaitRoom()) {
                return false;
            }
            return accepting && queue.offer(EventRecorder.Accepted.event(link, event, clock.instant()));
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** Takes a fetch of the link's page to write with the next batch; false (not taken) when at its bound. */
    boolean offerHit(TrackedLink link, HitWriter.Hit hit) {
        if (!accepting) {
            return false;
        }
        inFlight.incrementAndGet();
        try {
            return accepting
                    && queue.size() < bound()
                    && queue.offer(EventRecorder.Accepted.hit(link, hit, clock.instant()));
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** How many events the queue may hold now: what the writer records within the drain budget. */
    public int bound() {
        double rate = eventsPerSecond;
        long bound = rate <= 0 ? FLOOR : Math.round(rate * drainSeconds);
        return (int) Math.min(capacity, Math.max(Math.min(FLOOR, capacity), bound));
    }

    /** Events recorded per second of the writer's database work (a moving average; 0 before the first batch). */
    public double rate() {
        return eventsPerSecond;
    }

    private boolean awaitRoom() {
        long deadline = System.nanoTime() + offerWaitNanos;
        synchronized (room) {
            while (accepting && queue.size() >= bound()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    room.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return accepting;
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
        synchronized (room) {
            room.notifyAll();
        }
        while (inFlight.get() > 0) {
            Thread.onSpinWait();
        }
        running = false;
        long patience = Math.max(10_000, Math.round(3 * drainSeconds * 1000));
        try {
            // as long as the writer records something within a drain budget, wait: what was taken must be stored
            long before = -1;
            while (worker.isAlive() && recorded.get() != before) {
                before = recorded.get();
                worker.join(patience);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!queue.isEmpty() || worker.isAlive()) {
            log.error(
                    "{} page events could not be recorded before the stop: the database took none for {} ms",
                    queue.size(),
                    patience);
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
                synchronized (room) {
                    room.notifyAll();
                }
                flush(batch);
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
    }

    /** Folds a batch's speed into the writer's rate (batches of a few events say little: weighed by their size). */
    private void measured(int events, long nanos) {
        double rate = events / Math.max(1e-6, nanos / 1e9);
        double weight = Math.min(0.5, events / 1000.0);
        double previous = eventsPerSecond;
        eventsPerSecond = previous <= 0 ? rate : previous + weight * (rate - previous);
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
                    long started = System.nanoTime();
                    transactions.executeWithoutResult(s -> recorder.record(part.getKey(), part.getValue()));
                    recorded.addAndGet(part.getValue().size());
                    measured(part.getValue().size(), System.nanoTime() - started);
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
