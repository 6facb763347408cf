package io.relance.messaging.web;

import io.relance.shared.web.SettingsTab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What messaging adds to the settings tabs. */
@Configuration(proxyBeanMethods = false)
class MessagingNavigation {

    @Bean
    SettingsTab mailTemplatesTab() {
        return new SettingsTab(50, "mail-templates", "messaging.settings.tab", "/settings/mail-templates");
    }

    @Bean
    SettingsTab quoteDigestTab() {
        return new SettingsTab(65, "quote-digest", "messaging.digest.tab", "/settings/quote-digest");
    }
}
