package io.relance.shared.web;

import io.relance.shared.FieldProblem;
import io.relance.shared.ForbiddenException;
import io.relance.shared.InvalidInputException;
import io.relance.shared.NotFoundException;
import io.relance.shared.Problems;
import io.relance.shared.StaleVersionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error of the JSON API as application/problem+json, field errors in the user's language. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandling.class);

    private final MessageSource messages;

    ApiProblemHandling(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldProblem p : e.problems()) {
            errors.add(Problems.fieldError(p.field(), text(p.code(), p.args())));
        }
        return validationProblem(errors);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound() {
        return Problems.answer(Problems.problem(HttpStatus.NOT_FOUND, "Not Found", text("problem.notFound")));
    }

    @ExceptionHandler({StaleVersionException.class, OptimisticLockingFailureException.class})
    ResponseEntity<ProblemDetail> stale() {
        return Problems.answer(Problems.problem(HttpStatus.CONFLICT, "Conflict", text("problem.stale")));
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ResponseEntity<ProblemDetail> forbidden() {
        return Problems.answer(Problems.problem(HttpStatus.FORBIDDEN, "Forbidden", text("problem.forbidden")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return validationProblem(List.of(Problems.fieldError(e.getName(), text("validation.type"))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error answering an API request", e);
        return Problems.answer(Problems.problem(
                HttpStatus.INTERNAL_SERVER_ERROR, "Internal Server Error", text("problem.unexpected")));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError fieldError : e.getBindingResult().getFieldErrors()) {
            errors.add(Problems.fieldError(
                    fieldError.getField(), messages.getMessage(fieldError, LocaleContextHolder.getLocale())));
        }
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(g -> errors.add(Problems.fieldError(
                        g.getObjectName(), messages.getMessage(g, LocaleContextHolder.getLocale()))));
        return new ResponseEntity<>(validationProblem(errors).getBody(), problemHeaders(), HttpStatus.BAD_REQUEST);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.getParameterValidationResults()
                .forEach(result -> result.getResolvableErrors()
                        .forEach(err -> errors.add(Problems.fieldError(
                                result.getMethodParameter().getParameterName(),
                                messages.getMessage(err, LocaleContextHolder.getLocale())))));
        return new ResponseEntity<>(validationProblem(errors).getBody(), problemHeaders(), HttpStatus.BAD_REQUEST);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        RequestLimits.BodyTooLargeException tooLarge = cause(e, RequestLimits.BodyTooLargeException.class);
        if (tooLarge != null) {
            String detail = text("problem.tooLarge", tooLarge.limit() / 1024);
            ProblemDetail problem =
                    Problems.aboutField(HttpStatus.CONTENT_TOO_LARGE, "Content Too Large", "body", detail);
            return new ResponseEntity<>(problem, problemHeaders(), HttpStatus.CONTENT_TOO_LARGE);
        }
        String field = unreadableField(e);
        JsonInputException refused = cause(e, JsonInputException.class);
        String message;
        if (refused != null) {
            message = text(refused.code(), refused.args());
        } else if (cause(e, tools.jackson.databind.exc.MismatchedInputException.class) != null
                && !"body".equals(field)) {
            message = text("validation.type");
        } else {
            message = text("problem.unreadable");
        }
        ProblemDetail problem = Problems.problem(
                HttpStatus.BAD_REQUEST,
                "Bad Request",
                refused == null ? text("problem.unreadable") : text("problem.validation"));
        Problems.withErrors(problem, List.of(Problems.fieldError(field, message)));
        return new ResponseEntity<>(problem, problemHeaders(), HttpStatus.BAD_REQUEST);
    }

    /** The first cause of the given type, or null. */
    static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }

    /** The JSON field a value could not be read into ({@code type}, {@code customFields.amount}), else "body". */
    static String unreadableField(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof tools.jackson.core.JacksonException j
                    && !j.getPath().isEmpty()) {
                StringBuilder field = new StringBuilder();
                for (tools.jackson.core.JacksonException.Reference r : j.getPath()) {
                    if (r.getPropertyName() != null) {
                        field.append(field.length() == 0 ? "" : ".").append(r.getPropertyName());
                    } else if (r.getIndex() >= 0) {
                        field.append('[').append(r.getIndex()).append(']');
                    }
                }
                return field.length() == 0 ? "body" : field.toString();
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return "body";
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> answer = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (answer == null) {
            return null;
        }
        HttpHeaders merged = new HttpHeaders();
        merged.putAll(answer.getHeaders());
        merged.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(answer.getBody(), merged, answer.getStatusCode());
    }

    private ResponseEntity<ProblemDetail> validationProblem(List<Map<String, String>> errors) {
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "Bad Request", text("problem.validation"));
        return Problems.answer(Problems.withErrors(problem, errors));
    }

    private static HttpHeaders problemHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
        return headers;
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
