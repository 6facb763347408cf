package io.relance.messaging.activity;

import io.relance.shared.RelanceUser;
import io.relance.shared.WorkspaceHours;
import io.relance.shared.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hour of each workspace's daily digest ({@code mail_digest_settings}): 12:30 until an admin saves another, read
 * and changed as {@link WorkspaceHours} keeps such an hour (admins only, the version read, {@code HH:MM}).
 */
@Service
public class DigestSettingsStore {

    private final WorkspaceHours hours;

    DigestSettingsStore(JdbcClient jdbc) {
        this.hours = new WorkspaceHours(
                jdbc,
                "mail_digest_settings",
                "digest_time",
                DigestSettings.DEFAULTS.time(),
                "messaging.digest.timeInvalid");
    }

    @Transactional(readOnly = true)
    public DigestSettings of(WorkspaceId ws) {
        WorkspaceHours.Hour hour = hours.of(ws);
        return new DigestSettings(hour.time(), hour.version());
    }

    @Transactional
    public DigestSettings change(RelanceUser me, DigestSettings s) {
        WorkspaceHours.Hour hour = hours.change(me, s.time(), s.version());
        return new DigestSettings(hour.time(), hour.version());
    }
}
