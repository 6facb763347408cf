package io.relance.quote.publicpage;

import io.relance.quote.QuoteSummary;
import io.relance.quote.QuoteTransitionRefused;
import io.relance.shared.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The client's answers as JSON, for programs: {@code POST /q/{token}/accept {"name", "signature"?}},
 * {@code /decline {"reason", "comment"}}, {@code /question {"question"}}. Accepting by JSON is the caller's consent.
 * Answers {@code {"status", "number"}}; 400 with field errors, 404 for a token that leads nowhere, 409 after the
 * validity or once answered the other way.
 */
@RestController
record PublicQuoteApiController(PublicQuotes quotes, MessageSource messages) {

    record AcceptBody(String name, String signature) {}

    record DeclineBody(String reason, String comment) {}

    record QuestionBody(String question) {}

    @PostMapping(path = "/q/{token}/accept", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> accept(@PathVariable String token, @RequestBody AcceptBody body, HttpServletRequest request) {
        return answer(
                token,
                request,
                found -> quotes.accept(
                        found,
                        body.name(),
                        body.signature(),
                        true,
                        messages.getMessage(
                                "quote.public.consent",
                                new Object[] {found.quote().number()},
                                Locale.forLanguageTag(found.quote().header().language())),
                        request.getRemoteAddr(),
                        request.getHeader("User-Agent")));
    }

    @PostMapping(path = "/q/{token}/decline", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> decline(@PathVariable String token, @RequestBody DeclineBody body, HttpServletRequest request) {
        return answer(token, request, found -> quotes.decline(found, body.reason(), body.comment()));
    }

    @PostMapping(path = "/q/{token}/question", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> question(@PathVariable String token, @RequestBody QuestionBody body, HttpServletRequest request) {
        return answer(token, request, found -> {
            quotes.ask(found, body.question());
            return null;
        });
    }

    @ExceptionHandler(QuoteTransitionRefused.class)
    ResponseEntity<ProblemDetail> refused() {
        return Problems.answer(Problems.problem(
                HttpStatus.CONFLICT,
                "Conflict",
                messages.getMessage("quote.public.refused", null, LocaleContextHolder.getLocale())));
    }

    private ResponseEntity<?> answer(
            String token,
            HttpServletRequest request,
            java.util.function.Function<PublicQuotes.Found, QuoteSummary> action) {
        Optional<PublicQuotes.Found> found = quotes.find(token);
        if (found.isEmpty()) {
            ProblemDetail problem = Problems.problem(
                    HttpStatus.NOT_FOUND,
                    "Not Found",
                    messages.getMessage("problem.notFound", null, LocaleContextHolder.getLocale()));
            problem.setInstance(java.net.URI.create("/q"));
            return Problems.answer(problem);
        }
        if (crossSite(request)) {
            return Problems.answer(Problems.problem(
                    HttpStatus.FORBIDDEN,
                    "Forbidden",
                    messages.getMessage("problem.forbidden", null, LocaleContextHolder.getLocale())));
        }
        QuoteSummary after = action.apply(found.get());
        if (after == null) {
            return ResponseEntity.noContent().build();
        }
        return ResponseEntity.ok(Map.of("status", after.status().name(), "number", after.number()));
    }

    /** A post from another site's page (a browser says so): refused, the token in the address aside. */
    static boolean crossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        return site != null && (site.equals("cross-site") || site.equals("same-site"));
    }
}
