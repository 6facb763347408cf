package io.relance.shared.web;

import io.relance.shared.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * What happens on an {@code /api/...} request before any controller is chosen — an unknown path, a method or a
 * content type the path does not take, a broken upload — answered as problem+json in the user's language like
 * every other API error. Elsewhere (the pages) the exception goes on to the usual error page.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiFallbackProblems {

    private final MessageSource messages;

    ApiFallbackProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request, Exception e) throws Exception {
        requireApi(request, e);
        return Problems.answer(Problems.problem(HttpStatus.NOT_FOUND, "Not Found", text("problem.notFound")));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpServletRequest request, HttpRequestMethodNotSupportedException e)
            throws Exception {
        requireApi(request, e);
        String allowed = e.getSupportedHttpMethods() == null
                ? ""
                : e.getSupportedHttpMethods().stream().map(Object::toString).collect(Collectors.joining(", "));
        ProblemDetail problem = Problems.problem(
                HttpStatus.METHOD_NOT_ALLOWED, "Method Not Allowed", text("problem.methodNotAllowed", e.getMethod()));
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .header(HttpHeaders.ALLOW, allowed)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedType(HttpServletRequest request, HttpMediaTypeNotSupportedException e)
            throws Exception {
        requireApi(request, e);
        return Problems.answer(Problems.aboutField(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Unsupported Media Type",
                "Content-Type",
                text("problem.unsupportedMediaType")));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpServletRequest request, HttpMediaTypeNotAcceptableException e)
            throws Exception {
        requireApi(request, e);
        return Problems.answer(Problems.aboutField(
                HttpStatus.NOT_ACCEPTABLE, "Not Acceptable", "Accept", text("problem.notAcceptable")));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> uploadTooLarge(HttpServletRequest request, MaxUploadSizeExceededException e)
            throws Exception {
        requireApi(request, e);
        return Problems.answer(Problems.aboutField(
                HttpStatus.CONTENT_TOO_LARGE,
                "Content Too Large",
                "body",
                text("problem.tooLarge", e.getMaxUploadSize() < 0 ? "?" : e.getMaxUploadSize() / 1024)));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> brokenMultipart(HttpServletRequest request, MultipartException e) throws Exception {
        requireApi(request, e);
        return Problems.answer(Problems.aboutField(
                HttpStatus.BAD_REQUEST, "Bad Request", "Content-Type", text("validation.multipart")));
    }

    /** Rethrown as is, the exception goes on to Spring's usual handling (the HTML error page). */
    private static void requireApi(HttpServletRequest request, Exception e) throws Exception {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/")) {
            throw e;
        }
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
