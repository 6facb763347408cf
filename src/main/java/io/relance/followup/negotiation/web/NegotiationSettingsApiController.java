package io.relance.followup.negotiation.web;

import io.relance.followup.negotiation.NegotiationManagement;
import io.relance.followup.negotiation.NegotiationSettings;
import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/settings/negotiation}: the workspace's numbers for negotiations, reactivation and check-ins. */
@RestController
@RequestMapping("/api/v1/settings/negotiation")
@Tag(name = "Negotiations and losses")
record NegotiationSettingsApiController(NegotiationManagement negotiations) {

    /** A change: every number, and the version read. */
    record SettingsBody(
            Integer timeLimitDays, Integer warningDays, Integer callAgainMonths, Integer checkInMonths, Long version) {}

    @GetMapping
    @Operation(
            summary = "The time limit of a negotiation and the warning before it (days), the pause before calling a"
                    + " lost third party again and the silence before a customer's check-in (months); the defaults"
                    + " (90, 14, 3, 6; version 0) until changed")
    NegotiationSettings settings(@AuthenticationPrincipal RelanceUser me) {
        return negotiations.settings(me.workspaceId());
    }

    @PutMapping
    @Operation(summary = "Change every number (admins), with the version read; a stale version is a 409")
    NegotiationSettings change(@AuthenticationPrincipal RelanceUser me, @RequestBody SettingsBody body) {
        List<FieldProblem> problems = new ArrayList<>();
        SettingsBody b = body == null ? new SettingsBody(null, null, null, null, null) : body;
        required(problems, "timeLimitDays", b.timeLimitDays());
        required(problems, "warningDays", b.warningDays());
        required(problems, "callAgainMonths", b.callAgainMonths());
        required(problems, "checkInMonths", b.checkInMonths());
        required(problems, "version", b.version());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return negotiations.changeSettings(
                me,
                new NegotiationSettings(
                        b.timeLimitDays(), b.warningDays(), b.callAgainMonths(), b.checkInMonths(), b.version()));
    }

    private static void required(List<FieldProblem> problems, String field, Object value) {
        if (value == null) {
            problems.add(new FieldProblem(field, "validation.required"));
        }
    }
}
