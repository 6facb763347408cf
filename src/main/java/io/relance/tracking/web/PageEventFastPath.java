package io.relance.tracking.web;

import io.relance.shared.InvalidInputException;
import io.relance.shared.web.KeptBodyRequest;
import io.relance.tracking.TrackedLink;
import io.relance.tracking.TrackedLinks;
import io.relance.tracking.counting.EventBuffer;
import io.relance.tracking.counting.PageEvent;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The page events' own short path, ahead of every other filter: a well-formed event of a live link, within the
 * limits, is checked and taken here and answered {@code 204} — no security filter chain, no session, no dispatcher,
 * no handler lookup, as few allocations as a small JSON allows. Anything else (a bad field, an unknown token, a
 * cross-site post, a limit reached, a full buffer) goes on, its body kept, to {@link PageEventController} behind its
 * own security chain, which answers it as problem+json. The checks are the controller's, in the same order.
 */
class PageEventFastPath extends OncePerRequestFilter {

    private static final String PREFIX = "/q/";
    private static final String SUFFIX = "/events";

    private final TrackedLinks links;
    private final EventRateLimits limits;
    private final EventBuffer buffer;
    private final PageEventReader reader;

    PageEventFastPath(TrackedLinks links, EventRateLimits limits, EventBuffer buffer, PageEventReader reader) {
        this.links = links;
        this.limits = limits;
        this.buffer = buffer;
        this.reader = reader;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return !"POST".equals(request.getMethod())
                || !uri.startsWith(PREFIX)
                || !uri.endsWith(SUFFIX)
                || uri.indexOf('/', PREFIX.length()) != uri.length() - SUFFIX.length();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        String media = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (!(media.startsWith("application/json") || media.startsWith("text/plain"))
                || request.getContentLengthLong() > PageEventController.MAX_BODY) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(PageEventController.MAX_BODY + 1);
        }
        if (!take(request, body)) {
            chain.doFilter(new KeptBodyRequest(request, body), response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
    }

    /** Whether the event was taken; false: let the controller answer why not (nothing was taken). */
    private boolean take(HttpServletRequest request, byte[] body) {
        if (body.length > PageEventController.MAX_BODY) {
            return false;
        }
        String uri = request.getRequestURI();
        String token = uri.substring(PREFIX.length(), uri.length() - SUFFIX.length());
        if (!limits.byAddress(request.getRemoteAddr()).allowed()) {
            return false;
        }
        Optional<TrackedLink> link = links.resolveReporting(token);
        if (link.isEmpty() || !PageEventController.sameOrigin(request)) {
            return false;
        }
        if (!limits.byToken(token).allowed()) {
            return false;
        }
        PageEvent event;
        try {
            event = reader.read(body);
        } catch (InvalidInputException e) {
            return false;
        }
        return buffer.offer(link.get(), event);
    }
}
