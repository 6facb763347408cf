package io.relance.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * The resource chain's link rewriting ({@code spring.web.resources.chain}), for the links to static files only. Spring
 * Boot's {@link ResourceUrlEncodingFilter} sends every link a page writes ({@code @{...}}) through the chain, which
 * looks each up in the jar's static folders and caches only what it finds: a page's links to records and actions
 * (My day's 120 tasks, 8 links each) were looked up, in vain, on every view — most of My day's time in its profile
 * (bench/RESULTS.md). This filter takes Boot's place ({@code @ConditionalOnMissingFilterBean}) and lets through the
 * chain only {@code /css/}, {@code /js/}, {@code /img/} and {@code /webjars/}.
 */
@Configuration(proxyBeanMethods = false)
class StaticLinks {

    /** Where the static files are served from (src/main/resources/static, the webjars). */
    static final List<String> PREFIXES = List.of("/css/", "/js/", "/img/", "/webjars/");

    @Bean
    ResourceUrlEncodingFilter resourceUrlEncodingFilter() {
        return new StaticOnly();
    }

    static boolean isStatic(String url, String contextPath) {
        String path = url;
        if (!contextPath.isEmpty() && path.startsWith(contextPath)) {
            path = path.substring(contextPath.length());
        }
        for (String prefix : PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Boot's filter, around a response whose other links skip the chain. */
    static final class StaticOnly extends ResourceUrlEncodingFilter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse original)) {
                super.doFilter(request, response, chain);
                return;
            }
            String contextPath = http.getContextPath();
            super.doFilter(
                    request,
                    response,
                    (req, encoding) ->
                            chain.doFilter(req, new HttpServletResponseWrapper((HttpServletResponse) encoding) {
                                @Override
                                public String encodeURL(String url) {
                                    return url != null && isStatic(url, contextPath)
                                            ? super.encodeURL(url)
                                            : original.encodeURL(url);
                                }
                            }));
        }
    }
}
