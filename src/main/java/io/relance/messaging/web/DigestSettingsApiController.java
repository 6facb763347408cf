package io.relance.messaging.web;

import io.relance.messaging.activity.DigestSettings;
import io.relance.messaging.activity.DigestSettingsStore;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.ApiBodies;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The hour of the daily digest of the caller's workspace. */
@RestController
@RequestMapping("/api/v1/digest-settings")
@io.swagger.v3.oas.annotations.tags.Tag(name = "Daily digest")
record DigestSettingsApiController(DigestSettingsStore settings) {

    /** A change: the time ({@code HH:MM}, the workspace's time zone) and the version read. */
    record DigestSettingsBody(String time, Long version) {}

    @GetMapping
    @Operation(summary = "The hour of the daily digest (HH:MM, workspace time zone); 12:30 (version 0) until changed")
    DigestSettings settings(@AuthenticationPrincipal RelanceUser me) {
        return settings.of(me.workspaceId());
    }

    @PutMapping
    @Operation(summary = "Change the hour of the daily digest (admins), with the version read; stale is a 409")
    DigestSettings change(@AuthenticationPrincipal RelanceUser me, @RequestBody DigestSettingsBody body) {
        long version = ApiBodies.required(body, DigestSettingsBody::version, "version");
        return settings.change(me, new DigestSettings(body.time(), version));
    }
}
