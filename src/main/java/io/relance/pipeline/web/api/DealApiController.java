package io.relance.pipeline.web.api;

import io.relance.history.HistoryEvent;
import io.relance.history.HistoryManagement;
import io.relance.pipeline.DealId;
import io.relance.pipeline.PipelineEntryTypes;
import io.relance.pipeline.deal.DealEdit;
import io.relance.pipeline.deal.DealFilter;
import io.relance.pipeline.deal.DealManagement;
import io.relance.pipeline.deal.DealManagement.DealDetails;
import io.relance.pipeline.deal.DealSearch;
import io.relance.pipeline.deal.LoggedAction;
import io.relance.pipeline.deal.NewDeal;
import io.relance.pipeline.phase.Pipeline;
import io.relance.pipeline.phase.PipelineManagement;
import io.relance.shared.Ids;
import io.relance.shared.ListPage;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
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
 * {@code /api/v1/deals}: list, open, read and change deals, move them by hand, log actions on them (which move them
 * by the pipeline's rules), read their history. A deal is reached by whoever may see its third party (404 otherwise).
 */
@RestController
@RequestMapping("/api/v1/deals")
@Tag(name = "Deals", description = "Deals in pipelines: phases moved by hand or by the actions logged")
record DealApiController(
        DealManagement deals,
        DealSearch search,
        PipelineManagement pipelines,
        HistoryManagement history,
        io.relance.history.EntryTypes entryTypes,
        Clock clock) {

    record MoveBody(String phase, String note, Long version) {}

    @GetMapping
    @Operation(
            summary = "The deals the user may see, newest first: pipeline, phase (repeatable or comma-separated),"
                    + " objectId, thirdpartyId, owner=me|<user id>, minDaysInPhase, limit, cursor")
    ListPage<DealJson> list(
            @AuthenticationPrincipal RelanceUser me, @RequestParam MultiValueMap<String, String> params) {
        PageRequest page = PageRequest.parse(params.getFirst("limit"), params.getFirst("cursor"));
        Map<String, Pipeline> byKey =
                pipelines.all(me.workspaceId()).stream().collect(Collectors.toMap(Pipeline::key, p -> p));
        return search.list(me, DealFilter.read(me, params), page)
                .map(r -> DealJson.of(
                        r.deal(), byKey.get(r.deal().pipeline()), LocaleContextHolder.getLocale(), clock.instant()));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Open a deal: pipeline (key), thirdpartyId, contactId (one of its contacts), objectId (none: a"
                    + " standalone opportunity), amount (the workspace's currency), expectedOn, phase (default: the"
                    + " first), ownerId (default: the third party's owner; managers name anyone)")
    DealJson create(@AuthenticationPrincipal RelanceUser me, @RequestBody NewDeal body) {
        return json(deals.create(me, body));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A deal")
    DealJson get(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        return json(deals.get(me, dealId(id)));
    }

    @PatchMapping("/{id}")
    @Operation(
            summary = "Change a deal's contactId, objectId, amount, expectedOn (null clears) or ownerId at the version"
                    + " read (required; 409 when stale); absent fields stay")
    DealJson update(@AuthenticationPrincipal RelanceUser me, @PathVariable String id, @RequestBody DealEdit body) {
        return json(deals.update(me, dealId(id), body));
    }

    @PostMapping("/{id}/move")
    @Operation(
            summary = "Move a deal by hand to a phase (key) of its pipeline, not retired, with an optional note; the"
                    + " timeline says who moved it from which phase to which. version optional (409 when stale)")
    DealJson move(@AuthenticationPrincipal RelanceUser me, @PathVariable String id, @RequestBody MoveBody body) {
        return json(deals.move(me, dealId(id), body.phase(), body.note(), body.version()));
    }

    @PostMapping("/{id}/actions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Log an action on a deal: type DOCUMENTATION_SENT|VISIT|RESERVATION|PURCHASE_CONFIRMATION|"
                    + "NOTARIAL_CERTIFICATION|REFUSAL|INQUIRY_ANSWERED|MATCHING_EMAIL|INQUIRY|CALL|EMAIL|NOTE,"
                    + " occurredAt (default now), summary, phase (optional: place the deal there; else the pipeline's"
                    + " rules move it forward, a refusal to its phase). Shown on the deal's, the third party's and"
                    + " the object's timelines")
    DealJson act(@AuthenticationPrincipal RelanceUser me, @PathVariable String id, @RequestBody LoggedAction body) {
        return json(deals.logAction(me, dealId(id), body));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "A deal's timeline, newest first: its actions, moves, notes; limit, cursor")
    ListPage<HistoryEvent> history(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(required = false) String limit,
            @RequestParam(required = false) String cursor) {
        DealDetails d = deals.get(me, dealId(id));
        return history.timeline(
                me.workspaceId().value(),
                PipelineEntryTypes.target(d.deal().id()),
                entryTypes.group("all"),
                PageRequest.parse(limit, cursor));
    }

    private DealJson json(DealDetails d) {
        return DealJson.of(d.deal(), d.pipeline(), LocaleContextHolder.getLocale(), clock.instant());
    }

    static DealId dealId(String id) {
        return new DealId(Ids.parse(id));
    }
}
