package io.relance.tracking.engagement;

import java.time.Duration;
import java.time.Instant;

/**
 * The engagement score, 0 to 100, from four parts (docs/tracking.md):
 *
 * <ul>
 *   <li>opens: 30 × min(opens, 5) / 5 — five opens are the most that count;
 *   <li>recency: 30 × max(0, 1 − days since the last open / 14) — today 30, a week ago 15, two weeks 0;
 *   <li>distinct visitors: 20 × min(visitors, 3) / 3 — several people looking means a decision being made;
 *   <li>visible time: 20 × min(seconds, 300) / 300 — five minutes of reading are the most that count.
 * </ul>
 *
 * The sum is rounded half up; never opened is 0. Days since the last open are measured in hours / 24 (fractional).
 */
public final class EngagementScore {

    static final int OPENS_CAP = 5;
    static final int VISITORS_CAP = 3;
    static final long SECONDS_CAP = 300;
    static final double RECENCY_DAYS = 14;

    private EngagementScore() {}

    public static int of(int opens, int visitors, long visibleSeconds, Instant lastOpenAt, Instant now) {
        if (opens <= 0 || lastOpenAt == null) {
            return 0;
        }
        double openPart = 30.0 * Math.min(opens, OPENS_CAP) / OPENS_CAP;
        double days = Math.max(0, Duration.between(lastOpenAt, now).toMinutes()) / (24.0 * 60);
        double recencyPart = 30.0 * Math.max(0, 1 - days / RECENCY_DAYS);
        double visitorPart = 20.0 * Math.min(visitors, VISITORS_CAP) / VISITORS_CAP;
        double timePart = 20.0 * Math.min(Math.max(visibleSeconds, 0), SECONDS_CAP) / SECONDS_CAP;
        long score = Math.round(openPart + recencyPart + visitorPart + timePart);
        return (int) Math.max(0, Math.min(100, score));
    }
}
