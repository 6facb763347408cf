package io.relance.tracking.web;

import io.relance.tracking.TrackedLinks;
import io.relance.tracking.counting.EventBuffer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The public links ({@code /q/**}: the page of a tracked subject, its forms and its events) need no session and no
 * CSRF token (the public page sets no cookie): their own filter chain, before the web UI's. A session that already
 * exists is read (a signed-in user of the workspace is "internal"), never created. The token in the address is the
 * secret; a cross-site post is refused by the pages themselves, the events are checked in {@link PageEventController}.
 */
@Configuration(proxyBeanMethods = false)
class TrackingSecurity {

    /** Relance's own scripts, styles and images only; the page posts to itself; no referrer leaks the token. */
    static final String PUBLIC_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /**
     * The page events ({@code POST /q/{token}/events}): the shortest chain — no session read or created, no security
     * context kept, no anonymous user, no CSRF token, no request cache, no logout, no authorization (anyone may post); the response headers only. The
     * endpoint checks the request itself (size, fields, {@code Sec-Fetch-Site}, rate limits, token).
     */
    /** The page events' short path for a well-formed event, ahead of every filter (the security chains included). */
    @Bean
    FilterRegistrationBean<PageEventFastPath> pageEventFastPath(
            TrackedLinks links, EventRateLimits limits, EventBuffer buffer, PageEventReader reader) {
        FilterRegistrationBean<PageEventFastPath> registration =
                new FilterRegistrationBean<>(new PageEventFastPath(links, limits, buffer, reader));
        registration.addUrlPatterns("/q/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    @Order(-1)
    SecurityFilterChain pageEvents(HttpSecurity http) throws Exception {
        http.securityMatcher("/q/*/events")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new NullSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .anonymous(a -> a.disable())
                .logout(l -> l.disable())
                .servletApi(a -> a.disable())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(PUBLIC_CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }

    @Bean
    @Order(0)
    SecurityFilterChain publicLinks(HttpSecurity http) throws Exception {
        http.securityMatcher("/q/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .securityContext(c -> c.securityContextRepository(new HttpSessionSecurityContextRepository()))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(PUBLIC_CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .frameOptions(f -> f.deny()))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }
}
