package io.relance.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one clock of the application. It runs on real time; tests and the test-clock endpoint may set
 * it to another instant, from which it keeps running, or move it forward.
 */
public final class AdjustableClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public AdjustableClock(Clock base) {
        this.base = base;
    }

    public static AdjustableClock systemUtc() {
        return new AdjustableClock(Clock.systemUTC());
    }

    /** From now on the clock reads {@code now}, then runs on. */
    public void setTo(Instant now) {
        offset.set(Duration.between(base.instant(), now));
    }

    public void advance(Duration duration) {
        offset.updateAndGet(current -> current.plus(duration));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    /** How far the clock is from real time. */
    public Duration offset() {
        return offset.get();
    }

    /** Puts the clock at real time plus {@code offset} (what another node set: see the shared test clock). */
    public void setOffset(Duration offset) {
        this.offset.set(offset);
    }

    public boolean isAdjusted() {
        return !offset.get().isZero();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(base.withZone(zone), offset.get());
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }
}
