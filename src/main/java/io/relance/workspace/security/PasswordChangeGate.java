package io.relance.workspace.security;

import io.relance.shared.RelanceUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user signed in with a temporary password does nothing before choosing his own: every page leads to
 * {@code /profile/password}, and the API answers 403 "password change required" except
 * {@code PUT /api/v1/me/password}.
 */
class PasswordChangeGate extends OncePerRequestFilter {

    static final String CHANGE_PAGE = "/profile/password";
    static final String CHANGE_API = "/api/v1/me/password";

    private final ProblemSecurityHandlers problems;

    PasswordChangeGate(ProblemSecurityHandlers problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof RelanceUser me) || !me.passwordChangeRequired()) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            if (path.equals(CHANGE_API)) {
                chain.doFilter(request, response);
                return;
            }
            problems.write(request, response, 403, "problem.passwordChangeRequired", "password", Map.of());
            return;
        }
        if (path.equals(CHANGE_PAGE)
                || path.equals("/logout")
                || path.equals("/login")
                || path.equals("/error")
                || path.startsWith("/webjars/")
                || path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/img/")
                || path.equals("/favicon.ico")) {
            chain.doFilter(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
    }
}
