package io.relance.object.web;

import io.relance.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the objects add to the navigation: everyone reads them. */
@Configuration(proxyBeanMethods = false)
class ObjectNavigation {

    @Bean
    NavigationItem objectNavigationItem() {
        return new NavigationItem(35, "objects", "object.nav", "bi-house-door", "/objects", null, true, false);
    }
}
