package io.relance.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;

/** Puts {@link RequestLimits} in front of the API, before security and any reading of the body. */
@Configuration(proxyBeanMethods = false)
class RequestLimitsConfiguration {

    @Bean
    FilterRegistrationBean<RequestLimits> requestLimitsFilter(
            @Value("${relance.api.max-body-size:1MB}") DataSize maxBody,
            @Value("${spring.servlet.multipart.max-request-size:25MB}") DataSize maxMultipart,
            MessageSource messages,
            LocaleResolver locales) {
        var registration = new FilterRegistrationBean<>(new RequestLimits(maxBody, maxMultipart, messages, locales));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
