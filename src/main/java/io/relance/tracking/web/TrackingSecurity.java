package io.relance.tracking.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The page events need no session and no CSRF token (the public page sets no cookie): their own filter chain,
 * before the web UI's. They are checked otherwise (see {@link PageEventController}).
 */
@Configuration(proxyBeanMethods = false)
class TrackingSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain pageEvents(HttpSecurity http) throws Exception {
        http.securityMatcher("/q/*/events")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(
                        csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }
}
