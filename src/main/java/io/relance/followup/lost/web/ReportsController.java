package io.relance.followup.lost.web;

import io.relance.followup.lost.LossesReport;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Reports (managers): the losses of a period by reason and by competitor (the first report; others will join it). */
@Controller
@RequestMapping("/reports")
record ReportsController(LossesReport report) {

    static final String VIEW = "followup/reports";

    @GetMapping
    String reports(
            @AuthenticationPrincipal RelanceUser me,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model) {
        LocalDate[] period = report.defaultPeriod(me);
        try {
            LocalDate[] asked = LossesReportApiController.period(period, from, to);
            model.addAttribute("losses", report.report(me, asked[0], asked[1], me.locale()));
        } catch (InvalidInputException e) {
            model.addAttribute("periodProblem", e.problems().get(0));
            model.addAttribute("losses", report.report(me, period[0], period[1], me.locale()));
        }
        var shown = (LossesReport.Report) model.getAttribute("losses");
        var format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(me.locale());
        model.addAttribute("fromText", format.format(shown.from()));
        model.addAttribute("toText", format.format(shown.to()));
        model.addAttribute("from", from == null ? period[0].toString() : from);
        model.addAttribute("to", to == null ? period[1].toString() : to);
        return VIEW;
    }
}
