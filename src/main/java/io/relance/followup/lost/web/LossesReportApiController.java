package io.relance.followup.lost.web;

import io.relance.followup.lost.LossesReport;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
        LocalDate[] period = report.defaultPeriod(me);
        return report.report(me, day("from", from, period[0]), day("to", to, period[1]), me.locale());
    }

    static LocalDate day(String field, String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "validation.date");
        }
    }
}
