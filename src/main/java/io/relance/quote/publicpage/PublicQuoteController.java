package io.relance.quote.publicpage;

import io.relance.quote.QuoteStatus;
import io.relance.quote.QuoteTransitionRefused;
import io.relance.quote.document.QuoteDocument;
import io.relance.quote.document.QuoteDocumentRenderer;
import io.relance.quote.document.QuoteDocuments;
import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.tracking.HitFacts;
import io.relance.tracking.Visits;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /q/{token}}: the client's page of a quote, in the quote's language, and its forms (plain posts: no script
 * needed). No session or CSRF token (the page sets no cookie): the token in the address is the secret, and a
 * cross-site post is refused. Any unknown, revoked or forged token, or a quote never sent, gets the same plain 404.
 */
@Controller
record PublicQuoteController(
        PublicQuotes quotes,
        QuoteDocuments documents,
        QuoteDocumentRenderer renderer,
        Visits visits,
        MessageSource messages,
        io.relance.workspace.WorkspaceManagement workspaces,
        @Qualifier("thymeleafViewResolver") ViewResolver views,
        RenderedPages pages) {

    static final String VIEW = "quote/public";
    static final String NOT_FOUND = "quote/public-not-found";

    @GetMapping("/q/{token}")
    ModelAndView page(
            @PathVariable String token,
            @AuthenticationPrincipal RelanceUser me,
            HttpServletRequest request,
            Model model,
            jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        // a plain view (no message after a form) is served from the page as last rendered, when still current
        boolean plain = request.getParameter("done") == null;
        if (plain) {
            Optional<RenderedPages.Page> page = pages.current(token);
            if (page.isPresent()) {
                UUID visit = hit(page.get().link(), me, request);
                write(response, page.get(), visit);
                return null;
            }
        }
        Optional<PublicQuotes.Found> found = quotes.find(token);
        if (found.isEmpty()) {
            return notFound(response);
        }
        UUID visit = hit(found.get().link(), me, request);
        if (!plain) {
            return show(token, found.get(), visit, model, Map.of(), Map.of());
        }
        long renderedAt = pages.now();
        ModelAndView view = show(token, found.get(), RenderedPages.VISIT_MARK, model, Map.of(), Map.of());
        RenderedPages.Page page = new RenderedPages.Page(
                found.get().link(),
                found.get().quote().version(),
                found.get().quote().status(),
                found.get().quote().header().validUntil(),
                workspaces.workspace(found.get().link().workspace()).zone(),
                (Boolean) view.getModel().get("expired"),
                documentLocale(found.get()),
                PageHtml.render(view, request, response).split(RenderedPages.VISIT_MARK, -1),
                renderedAt,
                renderedAt);
        pages.keep(token, page);
        write(response, page, visit);
        return null;
    }

    private UUID hit(io.relance.tracking.TrackedLink link, RelanceUser me, HttpServletRequest request) {
        boolean internal = me != null && me.workspaceId().equals(link.workspace());
        return visits.hitSoon(link, HitFacts.of(request), internal);
    }

    private static void write(jakarta.servlet.http.HttpServletResponse response, RenderedPages.Page page, UUID visit)
            throws java.io.IOException {
        PageHtml.write(response, page.locale(), page.html(visit));
    }

    @GetMapping("/q/{token}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String token) {
        Optional<PublicQuotes.Found> found = quotes.find(token);
        if (found.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        return renderer.file(documents.current(found.get().quote())).inline();
    }

    @PostMapping("/q/{token}/accept")
    ModelAndView accept(
            @PathVariable String token,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String signature,
            @RequestParam(required = false) String consent,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        return act(token, request, model, response, redirect, "accepted", Map.of("name", value(name)), found -> {
            Locale locale = documentLocale(found);
            quotes.accept(
                    found,
                    name,
                    signature,
                    consent != null,
                    messages.getMessage(
                            "quote.public.consent", new Object[] {found.quote().number()}, locale),
                    request.getRemoteAddr(),
                    request.getHeader("User-Agent"));
        });
    }

    @PostMapping("/q/{token}/decline")
    ModelAndView decline(
            @PathVariable String token,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String comment,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        return act(
                token,
                request,
                model,
                response,
                redirect,
                "declined",
                Map.of("reason", value(reason), "comment", value(comment)),
                found -> quotes.decline(found, reason, comment));
    }

    @PostMapping("/q/{token}/question")
    ModelAndView question(
            @PathVariable String token,
            @RequestParam(required = false) String question,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        return act(
                token,
                request,
                model,
                response,
                redirect,
                "asked",
                Map.of("question", value(question)),
                found -> quotes.ask(found, question));
    }

    /** A form's post: done → back to the page with a message; refused → the page again, errors beside the fields. */
    private ModelAndView act(
            String token,
            HttpServletRequest request,
            Model model,
            jakarta.servlet.http.HttpServletResponse response,
            RedirectAttributes redirect,
            String done,
            Map<String, String> typed,
            java.util.function.Consumer<PublicQuotes.Found> action) {
        Optional<PublicQuotes.Found> found = quotes.find(token);
        if (found.isEmpty()) {
            return notFound(response);
        }
        if (PublicQuoteApiController.crossSite(request)) {
            ModelAndView refused = notFound(response);
            refused.setStatus(HttpStatus.FORBIDDEN);
            return refused;
        }
        Locale locale = documentLocale(found.get());
        try {
            action.accept(found.get());
            return new ModelAndView("redirect:/q/" + token + "?done=" + done);
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldProblem p : e.problems()) {
                errors.merge(
                        p.field(), messages.getMessage(p.code(), p.args(), p.code(), locale), (a, b) -> a + " " + b);
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            PublicQuotes.Found again = quotes.find(token).orElseThrow();
            return show(token, again, null, model, errors, typed);
        } catch (QuoteTransitionRefused e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            PublicQuotes.Found again = quotes.find(token).orElseThrow();
            return show(
                    token,
                    again,
                    null,
                    model,
                    Map.of("form", messages.getMessage("quote.public.refused", null, locale)),
                    typed);
        }
    }

    private ModelAndView show(
            String token,
            PublicQuotes.Found found,
            Object visit,
            Model model,
            Map<String, String> errors,
            Map<String, String> typed) {
        QuoteDocument doc = documents.current(found.quote());
        QuoteStatus status = found.quote().status();
        boolean expired = pages.expired(
                status,
                doc.validUntil(),
                workspaces.workspace(found.link().workspace()).zone());
        model.addAttribute("doc", doc);
        model.addAttribute("token", token);
        model.addAttribute("visit", visit);
        model.addAttribute("open", status == QuoteStatus.SENT && !expired);
        model.addAttribute("expired", expired);
        model.addAttribute("reasons", PublicQuotes.REASONS);
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        model.addAttribute(
                "logoSrc",
                doc.seller().logo() == null ? null : doc.seller().logo().dataUri());
        return inLanguage(VIEW, doc.locale(), model);
    }

    /** The page in the quote's language, whoever reads it (the labels of the template follow the view's locale). */
    private ModelAndView inLanguage(String view, Locale locale, Model model) {
        try {
            return new ModelAndView(views.resolveViewName(view, locale), model.asMap());
        } catch (Exception e) {
            throw new IllegalStateException("No view " + view, e);
        }
    }

    /** The same plain page for any token that leads nowhere. */
    private static ModelAndView notFound(jakarta.servlet.http.HttpServletResponse response) {
        ModelAndView page = new ModelAndView(NOT_FOUND);
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }

    private static Locale documentLocale(PublicQuotes.Found found) {
        return io.relance.shared.SupportedLocales.of(found.quote().header().language());
    }

    private static String value(String s) {
        return s == null ? "" : s;
    }
}
