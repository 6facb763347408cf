package io.relance.followup.classification.web;

import io.relance.shared.web.SettingsTab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The settings tab of the classifications. */
@Configuration(proxyBeanMethods = false)
class ClassificationNavigation {

    @Bean
    SettingsTab classificationsTab() {
        return new SettingsTab(
                70, "classifications", "followup.classification.settings.tab", "/settings/classifications");
    }
}
