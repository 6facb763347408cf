package io.relance.workspace.web;

import io.relance.shared.Role;
import io.relance.shared.web.NavigationItem;
import io.relance.shared.web.SettingsTab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the workspace adds to the navigation (My day, the profile, the settings) and to the settings tabs. */
@Configuration(proxyBeanMethods = false)
class WorkspaceNavigation {

    @Bean
    NavigationItem myDayNavigation() {
        return new NavigationItem(10, "home", "nav.myDay", "bi-sun", "/", null, true, true);
    }

    /** On a phone only: elsewhere the profile is in the user's menu. */
    @Bean
    NavigationItem profileNavigation() {
        return new NavigationItem(90, "profile", "nav.profile", "bi-person", "/profile", null, false, true);
    }

    @Bean
    NavigationItem settingsNavigation() {
        return new NavigationItem(100, "settings", "nav.settings", "bi-gear", "/settings", Role.ADMIN, true, true);
    }

    @Bean
    SettingsTab workspaceTab() {
        return new SettingsTab(10, "workspace", "settings.tab.workspace", "/settings");
    }

    @Bean
    SettingsTab brandingTab() {
        return new SettingsTab(15, "branding", "settings.tab.branding", "/settings/branding");
    }

    @Bean
    SettingsTab usersTab() {
        return new SettingsTab(20, "users", "settings.tab.users", "/settings/users");
    }
}
