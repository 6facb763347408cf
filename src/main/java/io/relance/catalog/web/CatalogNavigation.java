package io.relance.catalog.web;

import io.relance.shared.web.NavigationItem;
import io.relance.shared.web.SettingsTab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the catalogue adds to the navigation (everyone reads it) and to the settings tabs (the tax rates). */
@Configuration(proxyBeanMethods = false)
class CatalogNavigation {

    @Bean
    NavigationItem catalogNavigationItem() {
        return new NavigationItem(40, "catalog", "catalog.nav", "bi-box-seam", "/catalog", null, true, false);
    }

    @Bean
    SettingsTab taxRatesTab() {
        return new SettingsTab(50, "tax-rates", "catalog.taxRates.tab", "/settings/tax-rates");
    }
}
