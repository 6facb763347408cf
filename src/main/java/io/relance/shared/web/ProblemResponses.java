package io.relance.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Writes a problem+json answer straight to the servlet response, for filters that answer before any controller
 * (request limits, security): the same shape as {@link io.relance.shared.Problems}, with an optional field error.
 */
public final class ProblemResponses {

    private ProblemResponses() {}

    /** A problem with the given detail; {@code field} (nullable) names the field at fault, with the same message. */
    public static void write(HttpServletResponse response, int status, String detail, String field, String instance)
            throws IOException {
        HttpStatus known = HttpStatus.resolve(status);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        StringBuilder json = new StringBuilder()
                .append("{\"type\":\"https://relance.io/problems/")
                .append(status)
                .append("\",\"title\":\"")
                .append(json(known == null ? "Error" : known.getReasonPhrase()))
                .append("\",\"status\":")
                .append(status)
                .append(",\"detail\":\"")
                .append(json(detail))
                .append('"');
        if (instance != null) {
            json.append(",\"instance\":\"").append(json(instance)).append('"');
        }
        if (field != null) {
            json.append(",\"errors\":[{\"field\":\"")
                    .append(json(field))
                    .append("\",\"message\":\"")
                    .append(json(detail))
                    .append("\"}]");
        }
        json.append('}');
        response.getWriter().write(json.toString());
        response.getWriter().flush();
    }

    /** Extra headers first (Retry-After, Allow), then the problem. */
    public static void write(
            HttpServletResponse response,
            int status,
            String detail,
            String field,
            String instance,
            Map<String, String> headers)
            throws IOException {
        headers.forEach(response::setHeader);
        write(response, status, detail, field, instance);
    }

    /** A JSON string's content: quotes, backslashes and control characters escaped. */
    public static String json(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
