package io.relance.followup.lost.web;

import io.relance.followup.lost.LossesReport;
import io.relance.shared.RelanceUser;
import io.relance.shared.TypedValues;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/reports/losses}: the losses of a period by reason and by competitor (managers). */
@RestController
@RequestMapping("/api/v1/reports/losses")
@Tag(name = "Negotiations and losses")
record LossesReportApiController(LossesReport report) {

    @GetMapping
    @Operation(
            summary = "Losses counted by reason and by competitor between from and to (days, both included, in the"
                    + " workspace's time zone; by default the last twelve months); managers and admins")
    LossesReport.Report losses(
            @AuthenticationPrincipal RelanceUser me,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        LocalDate[] period = period(report.defaultPeriod(me), from, to);
        return report.report(me, period[0], period[1], me.locale());
    }

    /**
     * The period asked for: {@code from} and {@code to} as days, each {@code otherwise}'s when not given; a day that
     * cannot be read is a field error on its parameter.
     */
    static LocalDate[] period(LocalDate[] otherwise, String from, String to) {
        TypedValues typed = new TypedValues();
        LocalDate start = typed.day("from", from, "validation.date");
        LocalDate end = typed.day("to", to, "validation.date");
        typed.check();
        return new LocalDate[] {start == null ? otherwise[0] : start, end == null ? otherwise[1] : end};
    }
}
