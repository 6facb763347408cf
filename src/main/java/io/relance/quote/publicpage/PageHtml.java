package io.relance.quote.publicpage;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.web.servlet.ModelAndView;

/** Renders a page's view into a string (kept by {@link RenderedPages}) and writes a kept page as the answer. */
final class PageHtml {

    private PageHtml() {}

    /**
     * The view's HTML, rendered as it would be for this request (links through the response's URL encoding, so the
     * static files' cached, versioned paths), without writing anything to the client.
     */
    static String render(ModelAndView view, HttpServletRequest request, HttpServletResponse response) {
        StringWriter out = new StringWriter(32_768);
        PrintWriter writer = new PrintWriter(out);
        HttpServletResponseWrapper capture = new HttpServletResponseWrapper(response) {
            @Override
            public PrintWriter getWriter() {
                return writer;
            }

            @Override
            public ServletOutputStream getOutputStream() {
                throw new IllegalStateException("A page is rendered through its writer");
            }

            @Override
            public void flushBuffer() {
                writer.flush();
            }

            /**
             * The page's own links ({@code /q/{token}/…}) are no static files: the resource chain would look each up
             * in the jar, uncached since not found (a token is new every time), on every render. Only the others
             * ({@code /css}, {@code /js}, {@code /webjars}) go through it, to their cached, versioned paths.
             */
            @Override
            public String encodeURL(String url) {
                return url.startsWith("/q/") ? url : super.encodeURL(url);
            }
        };
        try {
            view.getView().render(view.getModel(), request, capture);
        } catch (Exception e) {
            throw new IllegalStateException("The public page could not be rendered", e);
        }
        writer.flush();
        return out.toString();
    }

    static void write(HttpServletResponse response, Locale locale, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html;charset=UTF-8");
        response.setLocale(locale);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
