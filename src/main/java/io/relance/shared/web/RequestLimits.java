package io.relance.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Bounds on every API request, checked before any work, each answered as problem+json naming what is at fault:
 * a path or query too long (414), headers too large (431), a query that is not URL-encoded UTF-8 or holds a
 * control character (400, the parameter), a multipart body without a boundary (400, {@code Content-Type}), a
 * body larger than {@code relance.api.max-body-size} (1 MB) or, for an upload, than the multipart limit (413,
 * {@code body}) — whether it says so in {@code Content-Length} or streams on.
 */
class RequestLimits extends OncePerRequestFilter {

    static final int MAX_PATH = 2048;
    static final int MAX_QUERY = 8192;
    static final int MAX_HEADERS = 16 * 1024;

    private final long maxBody;
    private final long maxMultipart;
    private final MessageSource messages;
    private final LocaleResolver locales;

    RequestLimits(DataSize maxBody, DataSize maxMultipart, MessageSource messages, LocaleResolver locales) {
        this.maxBody = maxBody.toBytes();
        this.maxMultipart = maxMultipart.toBytes();
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String uri = request.getRequestURI();
        if (uri.length() > MAX_PATH) {
            fail(request, response, 414, "problem.uriTooLong", "path");
            return;
        }
        String query = request.getQueryString();
        if (query != null && query.length() > MAX_QUERY) {
            fail(request, response, 414, "problem.uriTooLong", "query");
            return;
        }
        String header = oversizedHeader(request);
        if (header != null) {
            fail(request, response, 431, "problem.headersTooLarge", header);
            return;
        }
        if (query != null) {
            String bad = badParameter(query);
            if (bad != null) {
                fail(request, response, 400, "validation.query", bad);
                return;
            }
        }
        String contentType = request.getContentType();
        boolean multipart =
                contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
        boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
        if (multipart && hasBody && !hasBoundary(contentType)) {
            fail(request, response, 400, "validation.multipart", "Content-Type");
            return;
        }
        long limit = multipart ? maxMultipart : maxBody;
        long length = request.getContentLengthLong();
        if (length > limit) {
            tooLarge(request, response, limit);
            return;
        }
        try {
            chain.doFilter(length < 0 && !multipart ? new LimitedRequest(request, limit) : request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            BodyTooLargeException tooLarge = ApiProblemHandling.cause(e, BodyTooLargeException.class);
            if (tooLarge == null || response.isCommitted()) {
                throw e;
            }
            response.reset();
            tooLarge(request, response, limit);
        }
    }

    /** 413: the body is over {@code limit} bytes. */
    private void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        fail(
                request,
                response,
                413,
                "problem.tooLarge",
                "body",
                DataSize.ofBytes(limit).toKilobytes());
    }

    private void fail(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String code,
            String field,
            Object... args)
            throws IOException {
        String detail = messages.getMessage(code, args, code, locales.resolveLocale(request));
        if (status == 413 || status == 414 || status == 431) {
            response.setHeader("Connection", "close");
        }
        ProblemResponses.write(response, status, detail, field, null);
    }

    /** The name of a header that makes the headers too large together, else null. */
    private static String oversizedHeader(HttpServletRequest request) {
        long total = 0;
        String largest = null;
        int largestSize = -1;
        for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements(); ) {
            String name = names.nextElement();
            for (Enumeration<String> values = request.getHeaders(name); values.hasMoreElements(); ) {
                String value = values.nextElement();
                int size = name.length() + (value == null ? 0 : value.length()) + 4;
                total += size;
                if (size > largestSize) {
                    largestSize = size;
                    largest = name;
                }
            }
        }
        return total > MAX_HEADERS ? largest : null;
    }

    /**
     * The first query parameter that is not valid: a broken percent escape, bytes that are not UTF-8, or a
     * control character once decoded. Its name when that can be read, else {@code query}.
     */
    static String badParameter(String query) {
        for (String pair : query.split("&", -1)) {
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String name = decode(rawName);
            if (name == null || hasControl(name)) {
                return "query";
            }
            if (eq >= 0) {
                String value = decode(pair.substring(eq + 1));
                if (value == null || hasControl(value)) {
                    return name.isEmpty() ? "query" : name;
                }
            }
        }
        return null;
    }

    /** Strict application/x-www-form-urlencoded decoding as UTF-8; null when broken. */
    static String decode(String raw) {
        byte[] bytes = new byte[raw.length() * 4];
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes[n++] = (byte) ((hi << 4) + lo);
                i += 2;
            } else if (c == '+') {
                bytes[n++] = ' ';
            } else if (c < 0x80) {
                bytes[n++] = (byte) c;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isSurrogate(c)) {
                    return null;
                }
                System.arraycopy(utf8, 0, bytes, n, utf8.length);
                n += utf8.length;
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, n))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.getType(text.charAt(i)) == Character.CONTROL) {
                return true;
            }
        }
        return false;
    }

    /** A multipart type needs a boundary of 1 to 70 characters (RFC 2046). */
    static boolean hasBoundary(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "boundary=", 0, 9)) {
                String boundary = p.substring(9).strip();
                if (boundary.length() >= 2 && boundary.startsWith("\"") && boundary.endsWith("\"")) {
                    boundary = boundary.substring(1, boundary.length() - 1);
                }
                return !boundary.isEmpty() && boundary.length() <= 70;
            }
        }
        return false;
    }

    /** A body of unknown length, cut off with {@link BodyTooLargeException} once past the limit. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int off, int len) throws IOException {
                        int n = in.read(buffer, off, len);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws BodyTooLargeException {
                        read += n;
                        if (read > limit) {
                            throw new BodyTooLargeException(limit);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }

    /** The body went past its limit while it was read: a 413 ({@link ApiProblemHandling}). */
    static final class BodyTooLargeException extends IOException {

        private static final long serialVersionUID = 1L;

        private final long limit;

        BodyTooLargeException(long limit) {
            super("Request body larger than " + limit + " bytes");
            this.limit = limit;
        }

        long limit() {
            return limit;
        }
    }
}
