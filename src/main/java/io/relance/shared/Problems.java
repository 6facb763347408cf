package io.relance.shared;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** RFC 9457 problem details as the API answers them, with an {@code errors} list for fields. */
public final class Problems {

    private Problems() {}

    public static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("https://relance.io/problems/" + status.value()));
        return problem;
    }

    public static ProblemDetail withErrors(ProblemDetail problem, List<Map<String, String>> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }

    public static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** One entry of the {@code errors} list: the field at fault and what is wrong with it. */
    public static Map<String, String> fieldError(String field, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    /** A problem with one field (or header, or the body) at fault, its detail repeated as the field's message. */
    public static ProblemDetail aboutField(HttpStatus status, String title, String field, String detail) {
        return withErrors(problem(status, title, detail), List.of(fieldError(field, detail)));
    }
}
