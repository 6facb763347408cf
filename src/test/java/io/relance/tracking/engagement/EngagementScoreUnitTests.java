package io.relance.tracking.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EngagementScoreUnitTests {

    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void neverOpenedIsZero() {
        assertThat(EngagementScore.of(0, 0, 0, null, NOW)).isZero();
    }

    @ParameterizedTest(name = "{0} opens, {1} visitors, {2} s, last open {3} h ago → {4}")
    @CsvSource({
        // opens 30×min(o,5)/5 + recency 30×(1−days/14) + visitors 20×min(v,3)/3 + time 20×min(s,300)/300
        "1, 1, 0, 0, 43", // 6 + 30 + 6.67 + 0 = 42.67
        "5, 3, 300, 0, 100",
        "10, 9, 9000, 0, 100", // every part capped
        "5, 3, 300, 168, 85", // a week ago: recency 15
        "5, 3, 300, 336, 70", // two weeks: recency 0
        "5, 3, 300, 2000, 70",
        "2, 1, 60, 24, 51", // 12 + 27.86 + 6.67 + 4 = 50.52
    })
    void theFourPartsAddUp(int opens, int visitors, long seconds, long hoursAgo, int expected) {
        int score = EngagementScore.of(opens, visitors, seconds, NOW.minus(Duration.ofHours(hoursAgo)), NOW);
        assertThat(score).isEqualTo(expected);
    }

    @Test
    void aFreshOpenScoresHigherThanAnOldOne() {
        int fresh = EngagementScore.of(2, 1, 30, NOW.minus(Duration.ofHours(1)), NOW);
        int old = EngagementScore.of(2, 1, 30, NOW.minus(Duration.ofDays(10)), NOW);
        assertThat(fresh).isGreaterThan(old);
    }
}
