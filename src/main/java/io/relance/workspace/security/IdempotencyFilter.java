package io.relance.workspace.security;

import io.relance.shared.RelanceUser;
import io.relance.shared.web.KeptBodyRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on API POSTs: the first answer (2xx or 4xx) is kept a day and replayed to a retry with
 * the same key and body; the same key with another body is a 422; a retry while the first runs is a 409.
 * Multipart uploads are not covered (their body is streamed).
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Duration KEEP = Duration.ofDays(1);

    private final IdempotencyKeys keys;
    private final Clock clock;

    IdempotencyFilter(IdempotencyKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return !"POST".equals(request.getMethod())
                || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || (contentType != null && contentType.startsWith("multipart/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof RelanceUser me)) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER).strip();
        if (key.isEmpty() || key.length() > 200) {
            problem(response, 400, "Idempotency-Key must have 1 to 200 characters");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String hash = io.relance.shared.Hashes.sha256Hex(
                request.getRequestURI() + "\n" + new String(body, StandardCharsets.UTF_8));
        UUID ws = me.workspaceId().value();
        UUID user = me.userId().value();
        Optional<IdempotencyKeys.Stored> stored = keys.find(ws, user, key);
        if (stored.isEmpty() && !keys.claim(ws, user, key, hash, clock.instant())) {
            stored = keys.find(ws, user, key);
        }
        if (stored.isPresent()) {
            replay(stored.get(), hash, response);
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(new KeptBodyRequest(request, body), wrapper);
            if (wrapper.getStatus() < 500) {
                keys.complete(
                        ws,
                        user,
                        key,
                        wrapper.getStatus(),
                        wrapper.getContentType(),
                        new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8));
                completed = true;
            }
        } finally {
            if (!completed) {
                keys.release(ws, user, key);
            }
            wrapper.copyBodyToResponse();
        }
    }

    private static void replay(IdempotencyKeys.Stored stored, String hash, HttpServletResponse response)
            throws IOException {
        if (!stored.requestHash().equals(hash)) {
            problem(response, 422, "This Idempotency-Key was used with another request");
            return;
        }
        if (stored.status() == 0) {
            problem(response, 409, "A request with this Idempotency-Key is still running");
            return;
        }
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        response.setHeader("Idempotent-Replayed", "true");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (stored.body() != null) {
            response.getWriter().write(stored.body());
        }
    }

    private static void problem(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"https://relance.io/problems/" + status + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\",\"errors\":[{\"field\":\"" + HEADER + "\",\"message\":\""
                        + detail
                        + "\"}]}");
    }

    /** Run by the hourly job {@code forget-idempotency-keys} ({@link SecurityJobs}). */
    int forgetOldKeys() {
        return keys.forgetBefore(clock.instant().minus(KEEP));
    }
}
