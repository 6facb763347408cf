package io.relance.followup.negotiation.web;

import io.relance.shared.web.SettingsTab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The settings tab of negotiations (time limit, reactivation, check-ins). */
@Configuration(proxyBeanMethods = false)
class NegotiationNavigation {

    @Bean
    SettingsTab negotiationSettingsTab() {
        return new SettingsTab(70, "negotiation", "followup.negotiation.settings.tab", "/settings/negotiation");
    }
}
