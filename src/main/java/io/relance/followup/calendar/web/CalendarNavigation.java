package io.relance.followup.calendar.web;

import io.relance.shared.web.SettingsTab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The settings tab of the working calendar. */
@Configuration(proxyBeanMethods = false)
class CalendarNavigation {

    @Bean
    SettingsTab calendarTab() {
        return new SettingsTab(75, "calendar", "followup.calendar.settings.tab", "/settings/calendar");
    }
}
