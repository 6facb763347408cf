package io.relance.tracking.web;

import io.relance.shared.web.SettingsTab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The settings tab of the follow-up advice. */
@Configuration(proxyBeanMethods = false)
class TrackingNavigation {

    @Bean
    SettingsTab followUpAdviceTab() {
        return new SettingsTab(60, "follow-up-advice", "tracking.settings.tab", "/settings/follow-up-advice");
    }
}
