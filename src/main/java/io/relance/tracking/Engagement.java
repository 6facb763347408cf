package io.relance.tracking;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the client did with a subject's link: counted opens, distinct devices, first and last open, visible time,
 * opens per day (oldest first), the visits recorded but not counted by reason, and the score (0–100).
 */
public record Engagement(
        int opens,
        int distinctVisitors,
        Instant firstOpenedAt,
        Instant lastOpenedAt,
        long visibleSeconds,
        Map<IgnoredReason, Integer> ignored,
        List<DayOpens> days,
        int score) {

    public static Engagement none() {
        return new Engagement(0, 0, null, null, 0, Map.of(), List.of(), 0);
    }

    public boolean opened() {
        return opens > 0;
    }
}
