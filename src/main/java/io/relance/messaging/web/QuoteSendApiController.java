package io.relance.messaging.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.relance.messaging.quote.QuoteMailing;
import io.relance.quote.QuoteId;
import io.relance.quote.QuoteTransitionRefused;
import io.relance.quote.web.api.QuoteView;
import io.relance.quote.web.api.QuoteViews;
import io.relance.shared.Ids;
import io.relance.shared.Problems;
import io.relance.shared.RelanceUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sending a quote by e-mail through the API (Idempotency-Key honoured, as on every POST). */
@RestController
@RequestMapping("/api/v1/quotes")
@Tag(name = "Quotes")
record QuoteSendApiController(QuoteMailing mailing, MessagingPages pages, QuoteViews views) {

    /**
     * The quote as sent, exactly as {@code GET /api/v1/quotes/{id}} answers it (its {@code publicUrl} included), and
     * the id of the queued e-mail ({@code GET /api/v1/outbox/{mailId}}).
     */
    record SentView(@JsonUnwrapped QuoteView quote, UUID mailId) {}

    /** A quote that is neither a draft nor sent cannot be sent: 409, as the quote module answers its transitions. */
    @ExceptionHandler(QuoteTransitionRefused.class)
    ResponseEntity<ProblemDetail> refused(QuoteTransitionRefused e) {
        ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, "Conflict", pages.refused(e));
        problem.setProperty("status", e.status().name());
        return Problems.answer(problem);
    }

    @PostMapping("/{id}/send")
    @Operation(
            summary = "Send a draft or sent quote by e-mail: {\"to\" (else the contact's, else the third party's"
                    + " e-mail), \"attachPdf\", \"subject\", \"message\" (else the quote.send template in the quote's"
                    + " language)}; marks it SENT and answers the quote JSON of GET /api/v1/quotes/{id} (id, version,"
                    + " number, status, thirdpartyId, contactId, totals, currency, validUntil, publicUrl, lines…) plus"
                    + " mailId, the queued e-mail; 503 when mail is not set up")
    SentView send(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestBody(required = false) QuoteMailing.SendQuote body) {
        QuoteId quoteId = new QuoteId(Ids.parse(id));
        QuoteMailing.Sent sent = mailing.send(me, quoteId, body);
        return new SentView(
                views.of(me, quoteId),
                sent.mailId() == null ? null : sent.mailId().value());
    }
}
