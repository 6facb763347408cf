package io.relance;

import io.relance.shared.AdjustableClock;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Puts the application's clock back at real time after each test, so a test that moves it ({@code clock.setTo},
 * {@code clock.advance}) leaves no trace on the next one. Part of {@link IntegrationTest} and {@link BrowserTest}.
 */
public final class ClockReset implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        SpringExtension.getApplicationContext(context)
                .getBeanProvider(AdjustableClock.class)
                .ifAvailable(AdjustableClock::reset);
    }
}
