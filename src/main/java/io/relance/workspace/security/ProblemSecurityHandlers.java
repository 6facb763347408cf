package io.relance.workspace.security;

import io.relance.shared.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The API's security answers as application/problem+json, in the request's language: 401, 403 and 429 here, and the
 * 403 of {@link PasswordChangeGate}.
 */
record ProblemSecurityHandlers(MessageSource messages, LocaleResolver locales)
        implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginBlockedException blocked) {
            long seconds = blocked.retryAfterSeconds();
            write(
                    request,
                    response,
                    429,
                    "login.blocked",
                    null,
                    Map.of("Retry-After", Long.toString(seconds)),
                    seconds);
            return;
        }
        Map<String, String> challenge = Map.of("WWW-Authenticate", "Basic realm=\"Relance\", Bearer");
        write(request, response, 401, "problem.unauthorized", null, challenge);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, 403, "problem.forbidden", null, Map.of());
    }

    /** The problem whose detail is the message {@code code}; {@code field} (nullable) names the field at fault. */
    void write(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String code,
            String field,
            Map<String, String> headers,
            Object... args)
            throws IOException {
        String detail = messages.getMessage(code, args, code, locales.resolveLocale(request));
        ProblemResponses.write(response, status, detail, field, request.getRequestURI(), headers);
    }
}
