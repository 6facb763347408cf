package io.relance.followup.lost.web;

import io.relance.shared.Role;
import io.relance.shared.web.NavigationItem;
import io.relance.shared.web.SettingsTab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The settings tab of lost reasons, and the Reports entry of the navigation (managers): the losses report. */
@Configuration(proxyBeanMethods = false)
class LostNavigation {

    @Bean
    SettingsTab lostReasonsSettingsTab() {
        return new SettingsTab(71, "lost-reasons", "followup.lost.reasons.tab", "/settings/lost-reasons");
    }

    @Bean
    NavigationItem reportsNavigationItem() {
        return new NavigationItem(
                80, "reports", "followup.lost.report.nav", "bi-bar-chart", "/reports", Role.MANAGER, true, false);
    }
}
