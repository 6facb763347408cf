package io.relance.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AdjustableClockUnitTests {

    @Test
    void aSetClockRunsOnFromTheGivenInstantAndResetsToRealTime() {
        Instant real = Instant.parse("2026-11-22T10:00:00Z");
        AdjustableClock clock = new AdjustableClock(Clock.fixed(real, ZoneOffset.UTC));
        clock.setTo(Instant.parse("2027-01-04T09:00:00Z"));
        assertThat(clock.instant()).isEqualTo("2027-01-04T09:00:00Z");
        clock.advance(Duration.ofDays(14));
        assertThat(clock.instant()).isEqualTo("2027-01-18T09:00:00Z");
        clock.reset();
        assertThat(clock.instant()).isEqualTo(real);
        assertThat(clock.isAdjusted()).isFalse();
    }
}
