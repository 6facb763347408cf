package io.relance.quote.web.api;

import io.relance.quote.engagement.AdviceView;
import io.relance.tracking.DayOpens;
import io.relance.tracking.Engagement;
import io.relance.tracking.IgnoredReason;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** {@code GET /api/v1/quotes/{id}/engagement}: the counted opens and the advice, as the API states them. */
record EngagementView(
        int opens,
        int distinctVisitors,
        Instant firstOpenedAt,
        Instant lastOpenedAt,
        long visibleSeconds,
        Map<IgnoredReason, Integer> ignored,
        List<DayOpens> days,
        int score,
        AdviceBody advice) {

    /** The advice's code and its sentence in the reader's language. */
    record AdviceBody(String code, String message) {}

    static EngagementView of(Engagement e, AdviceView advice) {
        return new EngagementView(
                e.opens(),
                e.distinctVisitors(),
                e.firstOpenedAt(),
                e.lastOpenedAt(),
                e.visibleSeconds(),
                e.ignored(),
                e.days(),
                e.score(),
                advice == null ? null : new AdviceBody(advice.code().name(), advice.message()));
    }
}
