package io.relance.tracking.web;

import io.relance.shared.Problems;
import io.relance.tracking.TrackedLink;
import io.relance.tracking.TrackedLinks;
import io.relance.tracking.counting.EventBuffer;
import io.relance.tracking.counting.PageEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /q/{token}/events}: what the page's script ({@code /js/tracking.js}) reports, as JSON
 * {@code {visitId, device, type: visible|interaction|heartbeat|hidden, visibleMs, webdriver}} ({@code application/json}
 * or {@code text/plain}, as {@code navigator.sendBeacon} sends it). No session, no CSRF token (the page needs no
 * cookie); instead: a body of at most 1 KB, every field checked, a cross-site request refused
 * ({@code Sec-Fetch-Site}), rate limits per client address and per token (429 with {@code Retry-After}), and an
 * unknown, revoked or forged token answers the same 404. Answers 204 once the event is taken (recorded within a
 * fraction of a second), 503 when the buffer is full.
 */
@RestController
record PageEventController(
        TrackedLinks links,
        EventRateLimits limits,
        EventBuffer buffer,
        PageEventReader reader,
        MessageSource messages) {

    static final int MAX_BODY = 1024;

    @PostMapping(
            path = "/q/{token}/events",
            consumes = {MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<?> event(@PathVariable String token, HttpServletRequest request) throws IOException {
        EventRateLimits.Verdict byAddress = limits.byAddress(request.getRemoteAddr());
        if (!byAddress.allowed()) {
            return tooMany(byAddress);
        }
        Optional<TrackedLink> link = links.resolveReporting(token);
        if (link.isEmpty()) {
            return notFound();
        }
        if (!sameOrigin(request)) {
            return answer(HttpStatus.FORBIDDEN, "Forbidden", "problem.forbidden", null);
        }
        EventRateLimits.Verdict byToken = limits.byToken(token);
        if (!byToken.allowed()) {
            return tooMany(byToken);
        }
        if (request.getContentLengthLong() > MAX_BODY) {
            return answer(HttpStatus.CONTENT_TOO_LARGE, "Content Too Large", "tracking.problem.tooLarge", "body");
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            return answer(HttpStatus.CONTENT_TOO_LARGE, "Content Too Large", "tracking.problem.tooLarge", "body");
        }
        PageEvent event = reader.read(body);
        if (!buffer.offer(link.get(), event)) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, "2")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem(
                            HttpStatus.SERVICE_UNAVAILABLE, "Service Unavailable", "tracking.problem.busy", null));
        }
        return ResponseEntity.noContent().build();
    }

    /** Not a cross-site or same-site request ({@code Sec-Fetch-Site}; absent: a client that does not say). */
    static boolean sameOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        return site == null || site.equals("same-origin") || site.equals("none");
    }

    /** The same answer for a token unknown, revoked or forged: nothing in it tells them apart. */
    private ResponseEntity<ProblemDetail> notFound() {
        ProblemDetail problem = Problems.problem(
                HttpStatus.NOT_FOUND,
                "Not Found",
                messages.getMessage("problem.notFound", null, "Not found", LocaleContextHolder.getLocale()));
        problem.setInstance(URI.create("/q/events"));
        return Problems.answer(problem);
    }

    private ResponseEntity<ProblemDetail> tooMany(EventRateLimits.Verdict verdict) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(verdict.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "Too Many Requests", "tracking.problem.tooMany", null));
    }

    private ResponseEntity<ProblemDetail> answer(HttpStatus status, String title, String code, String field) {
        return Problems.answer(problem(status, title, code, field));
    }

    private ProblemDetail problem(HttpStatus status, String title, String code, String field) {
        Locale locale = LocaleContextHolder.getLocale();
        String detail = messages.getMessage(code, new Object[] {MAX_BODY}, code, locale);
        return field == null
                ? Problems.problem(status, title, detail)
                : Problems.aboutField(status, title, field, detail);
    }
}
