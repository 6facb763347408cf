package io.relance.tracking.counting;

import io.relance.tracking.HitFacts;
import io.relance.tracking.TrackedLink;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Records a fetch of a link, classified by the counting policy; it counts nothing. At once ({@link #hit}: one small
 * insert), or through the {@link EventBuffer} ({@link #hitSoon}: the visit id is answered now and the row written by
 * the buffer's writer with its next batch, before any event of that page, which can only come after the page).
 */
@Component
public class HitRecorder {

    private final HitWriter writer;
    private final EventBuffer buffer;
    private final Clock clock;

    HitRecorder(HitWriter writer, EventBuffer buffer, Clock clock) {
        this.writer = writer;
        this.buffer = buffer;
        this.clock = clock;
    }

    public UUID hit(TrackedLink link, HitFacts facts, boolean internal) {
        HitWriter.Hit hit = HitWriter.Hit.of(link, facts, internal);
        writer.write(link, hit, clock.instant());
        return hit.visitId();
    }

    /** As {@link #hit}, written by the buffer's writer; at once when the buffer takes nothing now (full, stopping). */
    public UUID hitSoon(TrackedLink link, HitFacts facts, boolean internal) {
        HitWriter.Hit hit = HitWriter.Hit.of(link, facts, internal);
        if (!buffer.offerHit(link, hit)) {
            writer.write(link, hit, clock.instant());
        }
        return hit.visitId();
    }
}
