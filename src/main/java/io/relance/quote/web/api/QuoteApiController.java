package io.relance.quote.web.api;

import io.relance.quote.QuoteId;
import io.relance.quote.QuoteLookup;
import io.relance.quote.QuoteTransitionRefused;
import io.relance.quote.core.QuoteManagement;
import io.relance.quote.engagement.QuoteEngagement;
import io.relance.quote.search.QuoteFilter;
import io.relance.quote.search.QuoteSearch;
import io.relance.shared.Ids;
import io.relance.shared.ListPage;
import io.relance.shared.NotFoundException;
import io.relance.shared.PageRequest;
import io.relance.shared.Problems;
import io.relance.shared.RelanceUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/quotes}: list, create, read, change (a new revision once sent) and cancel quotes; read a quote's
 * engagement and advice.
 */
@RestController
@RequestMapping("/api/v1/quotes")
@Tag(name = "Quotes", description = "Quotes: lines, totals per tax rate, revisions, statuses")
record QuoteApiController(
        QuoteManagement quotes,
        QuoteSearch search,
        MessageSource messages,
        QuoteLookup lookup,
        QuoteEngagement engagement,
        QuoteViews views) {

    record CancelBody(Long version) {}

    @GetMapping
    @Operation(
            summary = "List quotes the user may see: status (repeatable or comma-separated), owner=me|id, "
                    + "thirdpartyId, createdFrom/createdTo (days, To exclusive), totalMin/totalMax (gross), "
                    + "engagementMin/engagementMax (score 0-100), "
                    + "sort (createdAt, number, validUntil, totalGross, status, engagementScore; - for descending; "
                    + "default -createdAt), limit, cursor")
    ListPage<QuoteListView> list(
            @AuthenticationPrincipal RelanceUser me, @RequestParam MultiValueMap<String, String> params) {
        PageRequest page = PageRequest.parse(params.getFirst("limit"), params.getFirst("cursor"));
        return search.list(me, QuoteFilter.read(me, params), page).map(QuoteListView::of);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create a draft quote for a third party: contactId, validUntil (default: the workspace's "
                    + "validity), currency (the workspace's), language (the third party's or the workspace's), "
                    + "introduction, terms, lines [{kind ITEM|SECTION|SUBTOTAL, description, quantity, unit, "
                    + "unitPrice, discountPercent, taxRate, credit}] with rates in percent")
    QuoteView create(@AuthenticationPrincipal RelanceUser me, @RequestBody QuoteBody body) {
        return views.of(me, quotes.create(me, body.input()));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "A quote's current revision, its lines, totals per tax rate and replaced revisions; publicUrl is "
                    + "its private link once sent (null for a draft or a revoked link)")
    QuoteView get(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        return views.of(me, quotes.get(me, quoteId(id)));
    }

    @PatchMapping("/{id}")
    @Operation(
            summary = "Change a quote at the version read (409 when stale): a draft changes in place; a SENT quote "
                    + "gets a new revision (number suffix -2, -3…), the previous one kept read-only; other statuses 409. "
                    + "Absent fields stay; lines, when given, replace every line")
    QuoteView update(@AuthenticationPrincipal RelanceUser me, @PathVariable String id, @RequestBody QuoteBody body) {
        return views.of(me, quotes.update(me, quoteId(id), body.input()));
    }

    @GetMapping("/{id}/engagement")
    @Operation(
            summary = "A quote's engagement: counted opens, distinct visitors (devices), first and last open, visible "
                    + "seconds, what was recorded but not counted by reason, opens per day, the score (0-100) and the "
                    + "current advice {code, message} (null when none, or once the quote is no longer SENT)")
    EngagementView engagement(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        QuoteId quoteId = quoteId(id);
        var quote = lookup.quote(me, quoteId).orElseThrow(NotFoundException::new);
        return EngagementView.of(
                engagement.of(me.workspaceId(), quoteId),
                engagement.advice(me.workspaceId(), quote).orElse(null));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel a draft or sent quote (409 otherwise; with version, 409 when stale)")
    QuoteView cancel(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestBody(required = false) CancelBody body) {
        return views.of(me, quotes.cancel(me, quoteId(id), body == null ? null : body.version()));
    }

    @ExceptionHandler(QuoteTransitionRefused.class)
    ResponseEntity<ProblemDetail> refused(QuoteTransitionRefused e) {
        String detail = messages.getMessage(
                "quote.problem.transition." + e.action(),
                new Object[] {
                    messages.getMessage("quote.state." + e.status().name(), null, LocaleContextHolder.getLocale())
                },
                LocaleContextHolder.getLocale());
        ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, "Conflict", detail);
        problem.setProperty("status", e.status().name());
        return Problems.answer(problem);
    }

    static QuoteId quoteId(String id) {
        return new QuoteId(Ids.parse(id));
    }
}
