package io.relance.followup.feed.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The feeds' public addresses ({@code /calendar/<token>.ics}) need no session and no CSRF token, as the quotes'
 * private links ({@code /q/**}) do not: their own filter chain, before the web UI's. Calendar apps send no cookie; no
 * session is read or created, no security context kept, anyone may GET: the token in the address is the secret.
 */
@Configuration(proxyBeanMethods = false)
class CalendarFeedSecurity {

    static final String FEED_CSP = "default-src 'none'; frame-ancestors 'none'";

    @Bean
    @Order(0)
    SecurityFilterChain calendarFeedChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/calendar/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new NullSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .logout(l -> l.disable())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(FEED_CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .frameOptions(f -> f.deny()))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }
}
