package io.relance.party.web;

import io.relance.shared.web.NavigationItem;
import io.relance.shared.web.SettingsTab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the third parties add to the navigation and to the settings tabs. */
@Configuration(proxyBeanMethods = false)
class PartyNavigation {

    @Bean
    NavigationItem thirdPartiesNavigation() {
        return new NavigationItem(
                20, "thirdparties", "nav.thirdParties", "bi-people", "/thirdparties", null, true, true);
    }

    @Bean
    SettingsTab customFieldsTab() {
        return new SettingsTab(30, "custom-fields", "settings.tab.customFields", "/settings/custom-fields");
    }

    @Bean
    SettingsTab numberingTab() {
        return new SettingsTab(40, "numbering", "settings.tab.numbering", "/settings/numbering");
    }
}
