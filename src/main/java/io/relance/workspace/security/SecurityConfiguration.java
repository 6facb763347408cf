package io.relance.workspace.security;

import io.relance.workspace.ApiTokenManagement;
import io.relance.workspace.WorkspaceManagement;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Four filter chains: the JSON API (Basic or bearer token, stateless, problem+json), actuator, the API
 * description, and the web UI (form login, CSRF, sessions in the database, a strict Content-Security-Policy).
 * Instance-wide monitoring (actuator beyond health and info) and the test clock belong to the instance's operator
 * ({@code ROLE_OPERATOR}: the administrator made at set-up), never to a workspace's admin.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String UI_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    static final String DOCS_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'";

    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    /**
     * No observation (timer, span) around each security filter, authentication and authorisation: on a request
     * of the API they cost more than the token check itself. Requests stay measured as a whole
     * ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new NormalizingPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    @Bean
    UserDetailsService userDetailsService(WorkspaceManagement workspaces) {
        return email -> workspaces.signInCandidate(email).orElseThrow(() -> new UsernameNotFoundException(email));
    }

    @Bean
    AuthenticationManager authenticationManager(
            UserDetailsService users, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(List.of(new ThrottlingAuthenticationProvider(passwords, throttle)));
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    ProblemSecurityHandlers problemSecurityHandlers(MessageSource messages, LocaleResolver localeResolver) {
        return new ProblemSecurityHandlers(messages, localeResolver);
    }

    /** Runs after the security filters (so the user is known) on every API request. */
    @Bean
    IdempotencyFilter idempotencyFilter(IdempotencyKeys keys, java.time.Clock clock) {
        return new IdempotencyFilter(keys, clock);
    }

    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<IdempotencyFilter> idempotencyFilterRegistration(
            IdempotencyFilter filter) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/api/*");
        registration.setOrder(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 100);
        return registration;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            AuthenticationManager authenticationManager,
            ApiTokenManagement apiTokens,
            ProblemSecurityHandlers problems)
            throws Exception {
        http.securityMatcher("/api/**")
                .addFilterAfter(new PasswordChangeGate(problems), AuthorizationFilter.class)
                .authenticationManager(authenticationManager)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(new BearerTokenFilter(apiTokens, problems), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(API_CSP)))
                .authorizeHttpRequests(auth -> auth.requestMatchers("/api/v1/testing/run-daily")
                        .hasRole("ADMIN") // a workspace's own daily run (followup), not the instance's clock
                        .requestMatchers("/api/v1/testing/**")
                        .hasRole("OPERATOR")
                        .requestMatchers("/api/v1/users/**", "/api/v1/users")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuator(
            HttpSecurity http, AuthenticationManager authenticationManager, ProblemSecurityHandlers problems)
            throws Exception {
        http.securityMatcher("/actuator/**")
                .authenticationManager(authenticationManager)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(
                        auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                                .permitAll()
                                .anyRequest()
                                .hasRole("OPERATOR"));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain apiDocs(HttpSecurity http) throws Exception {
        http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(DOCS_CSP)))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain ui(
            HttpSecurity http,
            AuthenticationManager authenticationManager,
            SecurityContextRepository securityContextRepository,
            ProblemSecurityHandlers problems)
            throws Exception {
        http.authenticationManager(authenticationManager)
                .addFilterAfter(new PasswordChangeGate(problems), AuthorizationFilter.class)
                .securityContext(c -> c.securityContextRepository(securityContextRepository))
                .csrf(Customizer.withDefaults())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(UI_CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()))
                .formLogin(form -> form.loginPage("/login")
                        .failureHandler(loginFailure())
                        .defaultSuccessUrl("/", false)
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/setup",
                                "/signup",
                                "/login",
                                "/error",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/favicon.ico",
                                "/q/**")
                        .permitAll()
                        .requestMatchers("/settings/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated());
        return http.build();
    }

    /** The session attribute that carries the e-mail typed on a failed sign-in back to the login page. */
    static final String LAST_LOGIN_EMAIL = "relance.lastLoginEmail";

    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, e) -> {
            String typed = request.getParameter("username");
            if (typed != null && typed.length() <= 254 && !io.relance.shared.Text.hasInvalidCharacter(typed)) {
                request.getSession().setAttribute(LAST_LOGIN_EMAIL, typed.strip());
            }
            String target = e instanceof LoginBlockedException blocked
                    ? "/login?blocked=" + blocked.retryAfterSeconds()
                    : "/login?error";
            response.sendRedirect(request.getContextPath() + target);
        };
    }
}
