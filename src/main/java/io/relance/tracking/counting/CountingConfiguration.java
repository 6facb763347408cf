package io.relance.tracking.counting;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The counting policy with the list of scanners from the class path. */
@Configuration(proxyBeanMethods = false)
class CountingConfiguration {

    @Bean
    CountingPolicy countingPolicy(
            @Value("${relance.tracking.open-threshold:PT3S}") Duration threshold,
            @Value("${relance.tracking.same-open-window:PT30M}") Duration sameOpenWindow,
            @Value("${relance.tracking.delivery-window:PT30S}") Duration deliveryWindow) {
        return new CountingPolicy(BotFilter.standard(), threshold, sameOpenWindow, deliveryWindow);
    }
}
