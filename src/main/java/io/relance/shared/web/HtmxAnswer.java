package io.relance.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The htmx-or-plain answer of one request, taken by a page's handler in place of the request, the response, the
 * model and the redirect attributes it would otherwise take one by one (resolved by {@link HtmxAnswerResolver}):
 * with htmx, a fragment answers in place; a plain form post gets post/redirect/get with a {@link Flash} message.
 */
public record HtmxAnswer(
        HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {

    /** Whether htmx asks ({@code HX-Request}). */
    public boolean inPlace() {
        return Htmx.isRequest(request);
    }

    /** See {@link Htmx#answer}: with htmx, the view {@code inPlace} names; without, the flash and a redirect. */
    public String answer(String page, Flash flash, Supplier<String> inPlace) {
        return Htmx.answer(request, redirect, page, flash, inPlace);
    }

    /** See {@link Htmx#fragmentOr}: with htmx, the view {@code inPlace} names; without, a redirect to {@code page}. */
    public String fragmentOr(String page, Supplier<String> inPlace) {
        return Htmx.fragmentOr(request, page, inPlace);
    }

    /** Tells the page that something happened ({@code HX-Trigger}); parts of the page listening reload themselves. */
    public void trigger(String event) {
        Htmx.trigger(response, event);
    }

    /** Adds an attribute to the model of the fragment or page; answers this for chaining. */
    public HtmxAnswer with(String name, Object value) {
        model.addAttribute(name, value);
        return this;
    }
}
