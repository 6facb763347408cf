package io.relance.followup.daily;

import io.relance.shared.ForbiddenException;
import io.relance.shared.RelanceUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * With the test clock enabled ({@code relance.testing.clock-enabled=true}), an admin runs the daily work of his
 * workspace at once, for its today by the (test) clock, so that end-to-end tests need not wait for the job.
 */
@RestController
@ConditionalOnProperty(name = "relance.testing.clock-enabled", havingValue = "true")
@Tag(name = "Testing", description = "Test clock (only when relance.testing.clock-enabled=true)")
record DailyRunController(DailyRun run) {

    record PartView(String part, DailyRun.Outcome outcome, int items) {}

    record RunView(LocalDate date, List<PartView> parts, int items) {}

    @PostMapping("/api/v1/testing/run-daily")
    @Operation(
            summary = "Run the daily work of the caller's workspace now (admins; test clock enabled)",
            description = "Every part of the daily run for the workspace's today by the application clock, whatever"
                    + " its hour; what was done already is not done again. Answers each part's outcome and items.")
    RunView runDaily(@AuthenticationPrincipal RelanceUser me) {
        if (!me.isAdmin()) {
            throw new ForbiddenException();
        }
        DailyRun.Report report = run.runNow(me.workspaceId());
        return new RunView(
                report.date(),
                report.parts().stream()
                        .map(p -> new PartView(p.part(), p.outcome(), p.items()))
                        .toList(),
                report.items());
    }
}
