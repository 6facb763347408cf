package io.relance.quote.web.page;

import io.relance.history.EntryTypes;
import io.relance.history.HistoryManagement;
import io.relance.quote.QuoteEntryTypes;
import io.relance.quote.QuoteId;
import io.relance.quote.QuoteLookup;
import io.relance.quote.QuoteTransitionRefused;
import io.relance.quote.core.QuoteDetails;
import io.relance.quote.core.QuoteManagement;
import io.relance.quote.core.QuoteTotals;
import io.relance.quote.core.Quotes;
import io.relance.quote.core.RevisionSummary;
import io.relance.quote.engagement.QuoteEngagement;
import io.relance.quote.web.QuotePages;
import io.relance.shared.Ids;
import io.relance.shared.NotFoundException;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.web.Flash;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A quote's page ({@code /quotes/{id}}): header with status and totals, lines, texts, the client's answer, the
 * replaced revisions (each readable at {@code /quotes/{id}/revisions/{n}}), its engagement and current advice, and
 * the quote's own timeline; and its cancellation.
 */
@Controller
record QuotePageController(
        QuoteManagement quotes,
        Quotes repository,
        HistoryManagement history,
        EntryTypes entryTypes,
        QuotePages pages,
        QuoteEngagement engagement,
        QuoteLookup lookup) {

    static final String VIEW_PAGE = "quote/page";
    static final String VIEW_REVISION = "quote/revision";

    @GetMapping("/quotes/{id}")
    String page(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(required = false) String cursor,
            Model model) {
        QuoteId quoteId = new QuoteId(Ids.parse(id));
        QuoteDetails d = quotes.get(me, quoteId);
        model.addAttribute("d", d);
        model.addAttribute("q", d.quote());
        model.addAttribute("currency", d.quote().currency().getCurrencyCode());
        model.addAttribute("membersById", pages.membersById(me));
        model.addAttribute("engagement", engagement.of(me.workspaceId(), quoteId));
        model.addAttribute(
                "advice",
                lookup.quote(me, quoteId)
                        .flatMap(s -> engagement.advice(me.workspaceId(), s))
                        .orElse(null));
        model.addAttribute(
                "timeline",
                history.timeline(
                        me.workspaceId().value(),
                        QuoteEntryTypes.target(quoteId),
                        entryTypes.group("all"),
                        PageRequest.of(50, cursor)));
        return VIEW_PAGE;
    }

    /** A revision a newer one replaced, read-only: its lines and totals as the client saw them. */
    @GetMapping("/quotes/{id}/revisions/{revision}")
    String revision(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @PathVariable int revision, Model model) {
        QuoteId quoteId = new QuoteId(Ids.parse(id));
        QuoteDetails d = quotes.get(me, quoteId);
        RevisionSummary r = d.revisions().stream()
                .filter(x -> x.revision() == revision)
                .findFirst()
                .orElseThrow(NotFoundException::new);
        var lines = repository.lines(me.workspaceId(), quoteId, revision);
        model.addAttribute("d", d);
        model.addAttribute("r", r);
        model.addAttribute("lines", lines);
        model.addAttribute("totals", QuoteTotals.of(lines, d.quote().currency()));
        model.addAttribute("currency", d.quote().currency().getCurrencyCode());
        return VIEW_REVISION;
    }

    @PostMapping("/quotes/{id}/cancel")
    String cancel(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        QuoteId quoteId = new QuoteId(Ids.parse(id));
        try {
            QuoteDetails d = quotes.cancel(me, quoteId, version);
            Flash.success("quote.flash.cancelled", d.quote().number()).addTo(redirect);
        } catch (StaleVersionException e) {
            Flash.error(pages.text("quote.stale")).addTo(redirect);
        } catch (QuoteTransitionRefused e) {
            Flash.error(pages.refused(e)).addTo(redirect);
        }
        return "redirect:" + QuotePages.page(quoteId);
    }
}
