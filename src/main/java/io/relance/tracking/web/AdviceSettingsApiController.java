package io.relance.tracking.web;

import io.relance.shared.RelanceUser;
import io.relance.shared.web.ApiBodies;
import io.relance.tracking.AdviceSettings;
import io.relance.tracking.FollowUpAdvisor;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The numbers of the follow-up advice of the caller's workspace. */
@RestController
@RequestMapping("/api/v1/advice-settings")
@io.swagger.v3.oas.annotations.tags.Tag(name = "Follow-up advice")
record AdviceSettingsApiController(FollowUpAdvisor advisor) {

    /** A change: every number, and the version read. */
    record AdviceSettingsBody(
            Integer notOpenedDays,
            Integer silenceDays,
            Integer hotOpenDays,
            Integer hotWindowDays,
            Integer dormantDays,
            Integer expiresSoonDays,
            Long version) {}

    @GetMapping
    @Operation(summary = "The advice numbers (days) of the workspace; the defaults (version 0) until changed")
    AdviceSettings settings(@AuthenticationPrincipal RelanceUser me) {
        return advisor.settings(me.workspaceId());
    }

    @PutMapping
    @Operation(summary = "Change every advice number (admins), with the version read; a stale version is a 409")
    AdviceSettings change(@AuthenticationPrincipal RelanceUser me, @RequestBody AdviceSettingsBody body) {
        return advisor.changeSettings(
                me,
                new AdviceSettings(
                        ApiBodies.required(body, AdviceSettingsBody::notOpenedDays, "notOpenedDays"),
                        ApiBodies.required(body, AdviceSettingsBody::silenceDays, "silenceDays"),
                        ApiBodies.required(body, AdviceSettingsBody::hotOpenDays, "hotOpenDays"),
                        ApiBodies.required(body, AdviceSettingsBody::hotWindowDays, "hotWindowDays"),
                        ApiBodies.required(body, AdviceSettingsBody::dormantDays, "dormantDays"),
                        ApiBodies.required(body, AdviceSettingsBody::expiresSoonDays, "expiresSoonDays"),
                        ApiBodies.required(body, AdviceSettingsBody::version, "version")));
    }
}
