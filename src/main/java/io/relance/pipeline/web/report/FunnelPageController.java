package io.relance.pipeline.web.report;

import io.relance.pipeline.phase.PipelineManagement;
import io.relance.pipeline.report.Funnel;
import io.relance.pipeline.report.FunnelCsv;
import io.relance.pipeline.report.FunnelReport;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceManagement;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The funnel page ({@code /reports/funnel}): a pipeline, a period and (managers) an owner chosen in a form, the
 * phases' figures in a table, the losses' reasons, and the same as a CSV download ({@code /reports/funnel.csv}).
 */
@Controller
record FunnelPageController(
        FunnelReport report, FunnelCsv csv, PipelineManagement pipelines, WorkspaceManagement workspaces) {

    static final String VIEW = "pipeline/funnel";

    @GetMapping("/reports/funnel")
    String page(
            @AuthenticationPrincipal RelanceUser me,
            @RequestParam(required = false) String pipeline,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String owner,
            Model model) {
        var all = pipelines.all(me.workspaceId());
        String key = pipeline == null || pipeline.isBlank() ? all.get(0).key() : pipeline;
        model.addAttribute("pipelines", all);
        model.addAttribute("members", me.seesAll() ? workspaces.members(me.workspaceId()) : java.util.List.of());
        model.addAttribute("asked", new FunnelReport.Request(key, from, to, owner));
        try {
            Funnel funnel = report.funnel(me, new FunnelReport.Request(key, from, to, owner), me.locale());
            model.addAttribute("funnel", funnel);
            var format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(me.locale());
            model.addAttribute("fromText", format.format(funnel.from()));
            model.addAttribute("toText", format.format(funnel.to()));
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
        }
        return VIEW;
    }

    @GetMapping("/reports/funnel.csv")
    ResponseEntity<String> export(
            @AuthenticationPrincipal RelanceUser me,
            @RequestParam(required = false) String pipeline,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String owner) {
        return csv.download(
                report.funnel(me, new FunnelReport.Request(pipeline, from, to, owner), me.locale()), me.locale());
    }
}
