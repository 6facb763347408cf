package io.relance.messaging.web;

import io.relance.messaging.MailNotSetUpException;
import io.relance.messaging.MailSetup;
import io.relance.messaging.SendRefused;
import io.relance.shared.Problems;
import io.relance.shared.web.PageTexts;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The API's answer when e-mail would be sent but cannot be: 503 with a problem saying mail is not set up; 403 when the
 * contact rules refuse it.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class MailProblems {

    private final PageTexts texts;

    MailProblems(PageTexts texts) {
        this.texts = texts;
    }

    /** The contact rules refuse the message (do not contact, exclusivity): 403, with why. */
    @ExceptionHandler(SendRefused.class)
    ResponseEntity<ProblemDetail> refused(SendRefused e) {
        ProblemDetail problem =
                Problems.problem(HttpStatus.FORBIDDEN, texts.text("messaging.refused.title"), e.reasons());
        problem.setProperty("reasons", e.reasons());
        return Problems.answer(problem);
    }

    @ExceptionHandler(MailNotSetUpException.class)
    ResponseEntity<ProblemDetail> notSetUp(MailNotSetUpException e) {
        String code =
                e.status() == MailSetup.Status.NO_SENDER ? "messaging.status.noSender" : "messaging.status.noServer";
        ProblemDetail problem =
                Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "Mail is not set up", texts.text(code));
        problem.setProperty("mailStatus", e.status().name());
        return Problems.answer(problem);
    }
}
