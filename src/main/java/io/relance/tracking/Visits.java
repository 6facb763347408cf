package io.relance.tracking;

import io.relance.tracking.counting.HitRecorder;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The visits of a link's page, for the module that serves the page (the quote's public page). A fetch is only a
 * <em>hit</em>: recorded with its reason, never counted, changing nothing else and notifying nobody. What counts is
 * what the page's script ({@code /js/tracking.js}) reports to {@code POST /q/{token}/events} afterwards, with the
 * visit id this answers (put it in the page: {@code <body data-visit="…" data-events="/q/{token}/events">}).
 */
@Service
public class Visits {

    private final HitRecorder hits;

    Visits(HitRecorder hits) {
        this.hits = hits;
    }

    /**
     * Records a fetch of the link. {@code internal}: the request comes from a signed-in user of the link's workspace
     * (the caller knows who is signed in). Answers the visit's id. Call it outside a read-only transaction.
     */
    @Transactional
    public UUID hit(TrackedLink link, HitFacts request, boolean internal) {
        return hits.hit(link, request, internal);
    }

    /**
     * As {@link #hit}, for a page served to the outside world: the visit id is answered at once and the visit written
     * by the page events' buffered writer with its next batch (within about 50 ms), before any event of the page: no
     * database work while the client waits. When the buffer takes nothing (at its bound, or stopping), written at
     * once. After a clean stop every hit answered is written, as every event is (docs/tracking.md).
     */
    public UUID hitSoon(TrackedLink link, HitFacts request, boolean internal) {
        return hits.hitSoon(link, request, internal);
    }
}
