package io.relance.shared.web;

import io.relance.shared.AdjustableClock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The test clock: with {@code relance.testing.clock-enabled=true} the instance's operator (the administrator made
 * at set-up, never a self-service workspace's admin) sets the application's time (it runs on from there) to try
 * cadences and timeouts end to end. Absent by default; refused in the prod profile.
 */
@RestController
@RequestMapping("/api/v1/testing/clock")
@ConditionalOnProperty(name = "relance.testing.clock-enabled", havingValue = "true")
@Tag(name = "Testing", description = "Test clock (only when relance.testing.clock-enabled=true)")
class TestClockController {

    private static final Logger log = LoggerFactory.getLogger(TestClockController.class);

    record ClockBody(Instant now) {}

    record ClockView(Instant now, boolean adjusted) {}

    private final AdjustableClock clock;
    private final SharedTestClock shared;

    TestClockController(AdjustableClock clock, SharedTestClock shared, Environment environment) {
        if (Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
            throw new IllegalStateException(
                    "relance.testing.clock-enabled=true is refused in the prod profile: remove it from the configuration");
        }
        this.clock = clock;
        this.shared = shared;
        log.warn(
                "Test clock enabled: the instance operator can move the application's time through /api/v1/testing/clock");
    }

    @GetMapping
    ClockView read() {
        shared.refresh();
        return new ClockView(clock.instant(), clock.isAdjusted());
    }

    @PutMapping
    @Operation(summary = "Set the application's time; it runs on from that instant")
    ClockView set(@RequestBody ClockBody body) {
        Instant now = ApiBodies.required(body, ClockBody::now, "now");
        clock.setTo(now);
        shared.publish();
        log.info("Test clock set to {}", now);
        return read();
    }

    @DeleteMapping
    @Operation(summary = "Back to real time")
    ResponseEntity<ClockView> reset() {
        clock.reset();
        shared.publish();
        log.info("Test clock back to real time");
        return ResponseEntity.ok(read());
    }
}
