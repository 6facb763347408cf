package io.relance.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** All application time comes from this clock. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    AdjustableClock clock() {
        return AdjustableClock.systemUtc();
    }
}
