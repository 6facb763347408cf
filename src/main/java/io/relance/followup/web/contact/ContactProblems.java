package io.relance.followup.web.contact;

import io.relance.followup.ContactRefused;
import io.relance.shared.Problems;
import io.relance.shared.web.PageTexts;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The API's answer to a contact a rule refuses (exclusivity, do not contact): 403 with the rules and why. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ContactProblems {

    private final PageTexts texts;

    ContactProblems(PageTexts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(ContactRefused.class)
    ResponseEntity<ProblemDetail> refused(ContactRefused e) {
        ProblemDetail problem = Problems.problem(
                HttpStatus.FORBIDDEN,
                texts.text("followup.contact.refused.title"),
                e.reasons().isEmpty() ? texts.text("followup.contact.refused.title") : e.getMessage());
        List<Map<String, String>> reasons = e.reasons().stream()
                .map(r -> Map.of("rule", r.rule().name(), "message", r.message()))
                .toList();
        problem.setProperty("reasons", reasons);
        return Problems.answer(problem);
    }
}
