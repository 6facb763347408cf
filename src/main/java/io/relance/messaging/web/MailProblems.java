package io.relance.messaging.web;

import io.relance.messaging.MailNotSetUpException;
import io.relance.shared.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The API's answer when e-mail would be sent but cannot be: 503 with a problem saying mail is not set up. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class MailProblems {

    private final MessagingPages pages;

    MailProblems(MessagingPages pages) {
        this.pages = pages;
    }

    @ExceptionHandler(MailNotSetUpException.class)
    ResponseEntity<ProblemDetail> notSetUp(MailNotSetUpException e) {
        ProblemDetail problem =
                Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "Mail is not set up", pages.mailStatus());
        problem.setProperty("mailStatus", e.status().name());
        return Problems.answer(problem);
    }
}
