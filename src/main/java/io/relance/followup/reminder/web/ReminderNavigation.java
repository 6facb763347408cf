package io.relance.followup.reminder.web;

import io.relance.shared.web.SettingsTab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The settings tab of the reminders (their hour). */
@Configuration(proxyBeanMethods = false)
class ReminderNavigation {

    @Bean
    SettingsTab reminderSettingsTab() {
        return new SettingsTab(76, "reminders", "followup.reminder.settings.tab", "/settings/reminders");
    }
}
