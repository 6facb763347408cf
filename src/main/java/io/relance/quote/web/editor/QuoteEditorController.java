package io.relance.quote.web.editor;

import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.party.ThirdPartySummary;
import io.relance.quote.QuoteId;
import io.relance.quote.QuoteTransitionRefused;
import io.relance.quote.core.QuoteDetails;
import io.relance.quote.core.QuoteHeader;
import io.relance.quote.core.QuoteLines;
import io.relance.quote.core.QuoteManagement;
import io.relance.quote.core.QuoteTotals;
import io.relance.quote.web.QuotePages;
import io.relance.shared.FieldProblem;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.SupportedLocales;
import io.relance.shared.web.Flash;
import io.relance.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The quote editor, {@code /quotes/new} and {@code /quotes/{id}/edit}: the third party (picked first), its contact,
 * validity, language, texts and lines. Every button posts the whole form with its {@code action}: add an item, a
 * section or a subtotal, a product of the catalogue (its picker: {@link ProductLineForms}), remove or move a line,
 * save. Without JavaScript the page comes back; with htmx the form
 * swaps in place (saving stays a plain post, answered by the quote's page), and the totals per tax rate are recomputed by the server as lines change.
 */
@Controller
record QuoteEditorController(
        QuoteManagement quotes, ThirdPartyLookup thirdParties, QuotePages pages, ProductLineForms products) {

    static final String VIEW_EDITOR = "quote/editor";
    static final String VIEW_FORM = "quote/editor :: editorForm";
    static final String VIEW_TOTALS = "quote/editor :: totalsPanel";
    static final String VIEW_PICKER = "quote/picker";

    @GetMapping("/quotes/new")
    String newQuote(
            @AuthenticationPrincipal RelanceUser me,
            @RequestParam(required = false) String thirdpartyId,
            @RequestParam(required = false) String q,
            Model model) {
        if (thirdpartyId == null || thirdpartyId.isBlank()) {
            String query = q == null ? "" : q.strip();
            model.addAttribute("q", query);
            model.addAttribute(
                    "found",
                    query.length() < 2 || query.length() > 200 ? List.of() : thirdParties.search(me, query, 20));
            return VIEW_PICKER;
        }
        ThirdPartySummary party =
                thirdParties.find(me, new ThirdPartyId(Ids.parse(thirdpartyId))).orElseThrow(NotFoundException::new);
        QuoteHeader defaults = quotes.defaults(me, party.id());
        QuoteForm form = new QuoteForm(
                party.id().value().toString(),
                null,
                defaults.validUntil().toString(),
                defaults.language(),
                defaults.introduction(),
                defaults.terms(),
                null,
                List.of(LineForm.item()));
        return editor(me, form, null, Map.of(), null, model);
    }

    @PostMapping("/quotes/new")
    String create(
            @AuthenticationPrincipal RelanceUser me,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        QuoteForm form = QuoteForm.read(params);
        String action = params.getFirst("action");
        if (!"save".equals(action)) {
            return rearranged(me, form, null, action, request, model);
        }
        try {
            QuoteDetails saved = quotes.create(me, form.input(true));
            return saved(saved, "quote.flash.created", redirect);
        } catch (InvalidInputException e) {
            return refused(me, form, null, pages.errors(e), null, request, model);
        }
    }

    @GetMapping("/quotes/{id}/edit")
    String edit(@AuthenticationPrincipal RelanceUser me, @PathVariable String id, Model model) {
        QuoteDetails d = quotes.get(me, new QuoteId(Ids.parse(id)));
        return editor(me, QuoteForm.of(d.quote()), d, Map.of(), null, model);
    }

    @PostMapping("/quotes/{id}/edit")
    String update(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        QuoteId quoteId = new QuoteId(Ids.parse(id));
        QuoteDetails current = quotes.get(me, quoteId);
        QuoteForm form = QuoteForm.read(params);
        String action = params.getFirst("action");
        if (!"save".equals(action)) {
            return rearranged(me, form, current, action, request, model);
        }
        try {
            QuoteDetails saved = quotes.update(me, quoteId, form.input(false));
            boolean revised = saved.quote().revision() > current.quote().revision();
            return saved(saved, revised ? "quote.flash.revised" : "quote.flash.saved", redirect);
        } catch (InvalidInputException e) {
            return refused(me, form, current, pages.errors(e), null, request, model);
        } catch (StaleVersionException e) {
            // the form comes back as typed with the version now: saving again (knowingly) goes over the change
            QuoteForm again = new QuoteForm(
                    form.thirdpartyId(),
                    form.contactId(),
                    form.validUntil(),
                    form.language(),
                    form.introduction(),
                    form.terms(),
                    String.valueOf(current.quote().version()),
                    form.lines());
            return refused(me, again, current, Map.of(), pages.text("quote.stale"), request, model);
        } catch (QuoteTransitionRefused e) {
            return refused(me, form, current, Map.of(), pages.refused(e), request, model);
        }
    }

    /** The totals of the lines as typed so far (htmx, as lines change): lines not readable yet count for nothing. */
    @PostMapping("/quotes/totals")
    String totals(
            @AuthenticationPrincipal RelanceUser me, @RequestParam MultiValueMap<String, String> params, Model model) {
        QuoteForm form = QuoteForm.read(params);
        model.addAttribute("totals", preview(form, pages.workspace(me).currencyUnit()));
        model.addAttribute("currency", pages.workspace(me).currency());
        return VIEW_TOTALS;
    }

    /** Saving is a plain post (never htmx): the quote's page with a notice. */
    private static String saved(QuoteDetails saved, String notice, RedirectAttributes redirect) {
        Flash.success(notice, saved.quote().number()).addTo(redirect);
        return "redirect:" + QuotePages.page(saved.quote().id());
    }

    /** A line added, removed or moved: the form again, as typed, with its lines rearranged. */
    private String rearranged(
            RelanceUser me,
            QuoteForm form,
            QuoteDetails current,
            String action,
            HttpServletRequest request,
            Model model) {
        List<LineForm> lines = new ArrayList<>(form.lines());
        String verb = action == null ? "" : action;
        int at = -1;
        int colon = verb.indexOf(':');
        String argument = colon > 0 ? verb.substring(colon + 1) : "";
        if (colon > 0) {
            try {
                at = Integer.parseInt(verb.substring(colon + 1));
            } catch (NumberFormatException e) {
                at = -1;
            }
            verb = verb.substring(0, colon);
        }
        boolean valid = at >= 0 && at < lines.size();
        switch (verb) {
            case "add-item" -> lines.add(LineForm.item());
            case "add-section" -> lines.add(LineForm.of("SECTION"));
            case "add-subtotal" -> lines.add(LineForm.of("SUBTOTAL"));
            case ProductLineForms.PICK -> products.add(me, lines, argument);
            case "find-product" -> {
                String q = request.getParameter("q");
                model.addAttribute("productQuery", q == null ? "" : q);
                model.addAttribute("found", products.search(me, q));
            }
            case "remove" -> {
                if (valid) {
                    lines.remove(at);
                }
            }
            case "up" -> {
                if (valid && at > 0) {
                    lines.add(at - 1, lines.remove(at));
                }
            }
            case "down" -> {
                if (valid && at < lines.size() - 1) {
                    lines.add(at + 1, lines.remove(at));
                }
            }
            default -> {
                // "recalc" or nothing: the same lines, totals recomputed
            }
        }
        if (lines.size() > QuoteLines.MAX_LINES) {
            lines = lines.subList(0, QuoteLines.MAX_LINES);
        }
        editor(me, form.withLines(lines), current, Map.of(), null, model);
        return Htmx.isRequest(request) ? VIEW_FORM : VIEW_EDITOR;
    }

    private String refused(
            RelanceUser me,
            QuoteForm form,
            QuoteDetails current,
            Map<String, String> errors,
            String problem,
            HttpServletRequest request,
            Model model) {
        editor(me, form, current, errors, problem, model);
        return Htmx.isRequest(request) ? VIEW_FORM : VIEW_EDITOR;
    }

    private String editor(
            RelanceUser me,
            QuoteForm form,
            QuoteDetails current,
            Map<String, String> errors,
            String problem,
            Model model) {
        ThirdPartySummary party = current != null
                ? current.thirdParty()
                : thirdParties
                        .find(me, new ThirdPartyId(Ids.parse(form.thirdpartyId())))
                        .orElseThrow(NotFoundException::new);
        Currency currency = current != null
                ? current.quote().currency()
                : pages.workspace(me).currencyUnit();
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("party", party);
        model.addAttribute("contacts", thirdParties.contacts(me.workspaceId(), party.id()));
        model.addAttribute("languages", SupportedLocales.TAGS);
        model.addAttribute("quote", current == null ? null : current.quote());
        model.addAttribute("currency", currency.getCurrencyCode());
        model.addAttribute("totals", preview(form, currency));
        model.addAttribute(
                "action",
                current == null ? "/quotes/new" : "/quotes/" + current.quote().id() + "/edit");
        return VIEW_EDITOR;
    }

    private static QuoteTotals preview(QuoteForm form, Currency currency) {
        List<FieldProblem> ignored = new ArrayList<>();
        var input = form.input(true);
        return QuoteTotals.of(QuoteLines.read(input.lines(), currency, ignored), currency);
    }
}
