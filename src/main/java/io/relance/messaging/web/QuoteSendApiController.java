package io.relance.messaging.web;

import io.relance.messaging.quote.QuoteMailing;
import io.relance.quote.QuoteId;
import io.relance.quote.QuoteStatus;
import io.relance.quote.QuoteSummary;
import io.relance.quote.QuoteTransitionRefused;
import io.relance.shared.Ids;
import io.relance.shared.Problems;
import io.relance.shared.RelanceUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
class QuoteSendApiController {

    /** The quote as sent (its current revision), with its private link and the queued e-mail. */
    record SentView(
            UUID id,
            String number,
            int revision,
            QuoteStatus status,
            UUID thirdpartyId,
            UUID contactId,
            BigDecimal totalNet,
            BigDecimal totalTax,
            BigDecimal totalGross,
            String currency,
            LocalDate validUntil,
            String language,
            Instant sentAt,
            String publicUrl,
            UUID mailId) {

        static SentView of(QuoteMailing.Sent sent) {
            QuoteSummary q = sent.quote();
            return new SentView(
                    q.id().value(),
                    q.number(),
                    q.revision(),
                    q.status(),
                    q.thirdPartyId().value(),
                    q.contactId(),
                    q.totalNet().amount(),
                    q.totalTax().amount(),
                    q.totalGross().amount(),
                    q.currency(),
                    q.validUntil(),
                    q.language(),
                    q.sentAt(),
                    sent.publicUrl(),
                    sent.mailId() == null ? null : sent.mailId().value());
        }
    }

    private final QuoteMailing mailing;
    private final MessagingPages pages;

    QuoteSendApiController(QuoteMailing mailing, MessagingPages pages) {
        this.mailing = mailing;
        this.pages = pages;
    }

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
                    + " language)}; marks it SENT and answers it with its publicUrl; 503 when mail is not set up")
    SentView send(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestBody(required = false) QuoteMailing.SendQuote body) {
        return SentView.of(mailing.send(me, new QuoteId(Ids.parse(id)), body));
    }
}
