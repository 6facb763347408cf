package io.relance.messaging.activity;

import io.relance.shared.ForbiddenException;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.WorkspaceId;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hour of each workspace's daily digest ({@code mail_digest_settings}): 12:30 until an admin saves another. Every
 * member reads it; an admin changes it with the version read (a stale one is a 409); a time that is not
 * {@code HH:MM} between 00:00 and 23:59 is a field error on {@code time}.
 */
@Service
public class DigestSettingsStore {

    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    private final JdbcClient jdbc;

    DigestSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public DigestSettings of(WorkspaceId ws) {
        return jdbc.sql("SELECT digest_time, version FROM mail_digest_settings WHERE workspace_id = ?")
                .param(ws.value())
                .query((rs, n) -> new DigestSettings(rs.getString("digest_time"), rs.getLong("version")))
                .optional()
                .orElse(DigestSettings.DEFAULTS);
    }

    @Transactional
    public DigestSettings change(RelanceUser me, DigestSettings s) {
        if (!me.isAdmin()) {
            throw new ForbiddenException();
        }
        String time = s.time() == null ? "" : s.time().strip();
        if (time.isEmpty()) {
            throw new InvalidInputException("time", "validation.required");
        }
        if (!TIME.matcher(time).matches()) {
            throw new InvalidInputException("time", "messaging.digest.timeInvalid");
        }
        WorkspaceId ws = me.workspaceId();
        int updated = jdbc.sql("""
                        UPDATE mail_digest_settings SET digest_time = ?, version = version + 1
                        WHERE workspace_id = ? AND version = ?""").params(time, ws.value(), s.version()).update();
        if (updated == 0) {
            boolean inserted =
                    s.version() == 0 && jdbc.sql("""
                                    INSERT INTO mail_digest_settings (workspace_id, digest_time, version)
                                    VALUES (?, ?, 1) ON CONFLICT DO NOTHING""").params(ws.value(), time).update() == 1;
            if (!inserted) {
                throw new StaleVersionException();
            }
        }
        return of(ws);
    }
}
