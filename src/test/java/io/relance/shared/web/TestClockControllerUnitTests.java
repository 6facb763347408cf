package io.relance.shared.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relance.shared.AdjustableClock;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class TestClockControllerUnitTests {

    @Test
    void theTestClockIsRefusedInTheProdProfile() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThatThrownBy(() -> new TestClockController(AdjustableClock.systemUtc(), null, prod))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("prod");
    }

    @Test
    void theTestClockStartsOutsideProd() {
        assertThatCode(() -> new TestClockController(AdjustableClock.systemUtc(), null, new MockEnvironment()))
                .doesNotThrowAnyException();
    }
}
