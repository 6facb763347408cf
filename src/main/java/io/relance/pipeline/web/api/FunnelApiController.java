package io.relance.pipeline.web.api;

import io.relance.pipeline.report.Funnel;
import io.relance.pipeline.report.FunnelCsv;
import io.relance.pipeline.report.FunnelReport;
import io.relance.shared.RelanceUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/reports/funnel}: a pipeline's funnel over a period, as JSON or CSV ({@code Accept: text/csv}). */
@RestController
@Tag(name = "Reports", description = "The funnel of a pipeline")
record FunnelApiController(FunnelReport report, FunnelCsv csv) {

    static final String CSV = "text/csv";

    @GetMapping(path = "/api/v1/reports/funnel", produces = "application/json")
    @Operation(
            summary = "A pipeline's funnel: pipeline (key, required), from and to (YYYY-MM-DD, both included, default"
                    + " the last 90 days), owner (me or a user id; a sales rep always gets his own)")
    Funnel funnel(
            @AuthenticationPrincipal RelanceUser me,
            @RequestParam(required = false) String pipeline,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String owner) {
        return report.funnel(me, new FunnelReport.Request(pipeline, from, to, owner), LocaleContextHolder.getLocale());
    }

    @GetMapping(path = "/api/v1/reports/funnel", produces = CSV)
    ResponseEntity<String> funnelCsv(
            @AuthenticationPrincipal RelanceUser me,
            @RequestParam(required = false) String pipeline,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String owner) {
        return csv.download(funnel(me, pipeline, from, to, owner), LocaleContextHolder.getLocale());
    }
}
