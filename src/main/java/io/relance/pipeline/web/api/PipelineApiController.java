package io.relance.pipeline.web.api;

import io.relance.pipeline.phase.PhaseInput;
import io.relance.pipeline.phase.PipelineManagement;
import io.relance.shared.ListPage;
import io.relance.shared.RelanceUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/pipelines}: the workspace's pipelines and phases (read by all, changed by admins) and their rules. */
@RestController
@RequestMapping("/api/v1/pipelines")
@Tag(name = "Pipelines", description = "Pipelines, their ordered phases and the rules that move deals from actions")
record PipelineApiController(PipelineManagement pipelines) {

    record NewPipelineBody(String key, String name, String objectType) {}

    record RenameBody(String name, Long version) {}

    record NewPhaseBody(String key, Map<String, String> labels, String kind, Integer probability, Integer rotDays) {}

    record MoveBody(Integer by) {}

    record RuleBody(String phase) {}

    @GetMapping
    @Operation(summary = "The workspace's pipelines (defaults: sale and rental), each with its phases in order")
    ListPage<PipelineJson> list(@AuthenticationPrincipal RelanceUser me) {
        return new ListPage<>(
                pipelines.all(me.workspaceId()).stream()
                        .map(p -> PipelineJson.of(p, LocaleContextHolder.getLocale()))
                        .toList(),
                null);
    }

    @GetMapping("/{key}")
    @Operation(summary = "A pipeline with its phases and rules")
    PipelineJson get(@AuthenticationPrincipal RelanceUser me, @PathVariable String key) {
        return json(pipelines.get(me.workspaceId(), key));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "A new pipeline (admins): key (a-z, 0-9, -), name, objectType SALE|RENTAL|RENOVATION|OPPORTUNITY;"
                    + " it starts with an open, a won and a lost phase")
    PipelineJson create(@AuthenticationPrincipal RelanceUser me, @RequestBody NewPipelineBody body) {
        return json(pipelines.create(me, body.key(), body.name(), body.objectType()));
    }

    @PatchMapping("/{key}")
    @Operation(summary = "Rename a pipeline (admins); version optional (409 when stale)")
    PipelineJson rename(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String key, @RequestBody RenameBody body) {
        return json(pipelines.rename(me, key, body.name(), body.version()));
    }

    @PostMapping("/{key}/phases")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add a phase (admins): key, labels {en (required), fr, es, de}, kind OPEN|WON|LOST, probability"
                    + " (0-100), rotDays (days without activity before a deal is stale); an open phase comes before the"
                    + " first won or lost one")
    PipelineJson addPhase(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String key, @RequestBody NewPhaseBody body) {
        return json(pipelines.addPhase(
                me,
                key,
                body.key(),
                new PhaseInput(body.labels(), body.kind(), body.probability(), body.rotDays(), false, null)));
    }

    @PatchMapping("/{key}/phases/{phase}")
    @Operation(
            summary = "Change a phase (admins): labels, kind, probability, rotDays (0: never stale), retired (a retired"
                    + " phase keeps its deals and history, takes no new ones); version optional (409 when stale)")
    PipelineJson updatePhase(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String key,
            @PathVariable String phase,
            @RequestBody PhaseInput body) {
        return json(pipelines.updatePhase(me, key, phase, body));
    }

    @PostMapping("/{key}/phases/{phase}/move")
    @Operation(summary = "Move a phase one place up (by: -1) or down (by: 1) (admins)")
    PipelineJson movePhase(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String key,
            @PathVariable String phase,
            @RequestBody MoveBody body) {
        return json(pipelines.movePhase(me, key, phase, body.by() == null ? 0 : body.by()));
    }

    @PutMapping("/{key}/rules/{action}")
    @Operation(
            summary = "The phase an action type (or SECOND_VISIT: a visit on a deal that had one) moves deals to"
                    + " (admins); phase null removes the rule")
    PipelineJson rule(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String key,
            @PathVariable String action,
            @RequestBody RuleBody body) {
        return json(pipelines.putRule(me, key, action, body.phase()));
    }

    private static PipelineJson json(io.relance.pipeline.phase.Pipeline p) {
        return PipelineJson.of(p, LocaleContextHolder.getLocale());
    }
}
