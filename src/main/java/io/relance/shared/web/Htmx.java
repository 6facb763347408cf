package io.relance.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The htmx-or-plain answer, written once: when htmx asks ({@code HX-Request}), a fragment answers in place; a plain
 * form post gets post/redirect/get with a {@link Flash} message, so every page still works without JavaScript.
 */
public final class Htmx {

    /** The header htmx sends with each of its requests. */
    public static final String REQUEST_HEADER = "HX-Request";

    private Htmx() {}

    public static boolean isRequest(HttpServletRequest request) {
        return request.getHeader(REQUEST_HEADER) != null;
    }

    /**
     * With htmx, the view {@code inPlace} names (after filling the model); without, {@code flash} (if any) for the
     * next page and a redirect to {@code page}.
     */
    public static String answer(
            HttpServletRequest request,
            RedirectAttributes redirect,
            String page,
            Flash flash,
            Supplier<String> inPlace) {
        if (isRequest(request)) {
            return inPlace.get();
        }
        if (flash != null) {
            flash.addTo(redirect);
        }
        return "redirect:" + page;
    }

    /** With htmx, the view {@code inPlace} names; without, a redirect to {@code page} (a full page shows it). */
    public static String fragmentOr(HttpServletRequest request, String page, Supplier<String> inPlace) {
        return isRequest(request) ? inPlace.get() : "redirect:" + page;
    }

    /** Tells the page that something happened ({@code HX-Trigger}); parts of the page listening reload themselves. */
    public static void trigger(HttpServletResponse response, String event) {
        response.setHeader("HX-Trigger", event);
    }
}
