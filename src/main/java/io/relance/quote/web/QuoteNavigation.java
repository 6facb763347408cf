package io.relance.quote.web;

import io.relance.shared.web.NavigationItem;
import io.relance.shared.web.SettingsTab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What quotes add to the navigation and to the settings tabs. */
@Configuration(proxyBeanMethods = false)
class QuoteNavigation {

    @Bean
    NavigationItem quotesNavigation() {
        return new NavigationItem(30, "quotes", "quote.nav", "bi-file-earmark-text", "/quotes", null, true, true);
    }

    @Bean
    SettingsTab quotesTab() {
        return new SettingsTab(50, "quotes", "quote.settings.tab", "/settings/quotes");
    }
}
