package io.relance.pipeline.web;

import io.relance.shared.web.NavigationItem;
import io.relance.shared.web.SettingsTab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The navigation entry of the pipelines (their board) and their settings tab. */
@Configuration(proxyBeanMethods = false)
class PipelineNavigation {

    @Bean
    NavigationItem pipelineNavigationItem() {
        return new NavigationItem(35, "deals", "pipeline.nav", "bi-kanban", "/deals/board", null, true, true);
    }

    @Bean
    SettingsTab pipelinesTab() {
        return new SettingsTab(75, "pipelines", "pipeline.settings.tab", "/settings/pipelines");
    }
}
