package io.relance.messaging.template;

import io.relance.messaging.MailTemplate;
import io.relance.shared.Db;
import io.relance.shared.StaleVersionException;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The workspaces' own templates; a kind and language without a row uses the module's default. */
@Repository
public class StoredMailTemplates {

    private final JdbcClient jdbc;

    StoredMailTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<MailTemplate> find(WorkspaceId ws, String kind, String language) {
        return jdbc.sql("SELECT * FROM mail_templates WHERE workspace_id = ? AND kind = ? AND language = ?")
                .params(ws.value(), kind, language)
                .query((rs, n) -> new MailTemplate(
                        rs.getString("kind"),
                        rs.getString("language"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        true,
                        rs.getLong("version"),
                        Db.instant(rs, "updated_at")))
                .optional();
    }

    public List<String> customLanguages(WorkspaceId ws, String kind) {
        return jdbc.sql("SELECT language FROM mail_templates WHERE workspace_id = ? AND kind = ?")
                .params(ws.value(), kind)
                .query(String.class)
                .list();
    }

    /**
     * Writes the workspace's wording: a new row when it had none and {@code version} is 0 or null, else an update
     * if the row is still at {@code version}; anything else is stale.
     */
    public void save(
            WorkspaceId ws,
            String kind,
            String language,
            String subject,
            String body,
            Long version,
            UUID by,
            Instant now) {
        boolean exists = find(ws, kind, language).isPresent();
        if (!exists) {
            if (version != null && version != 0) {
                throw new StaleVersionException();
            }
            jdbc.sql("""
                    INSERT INTO mail_templates (workspace_id, kind, language, subject, body, updated_by, updated_at, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 1)""")
                    .params(ws.value(), kind, language, subject, body, by, Db.ts(now))
                    .update();
            return;
        }
        int rows = version == null
                ? 0
                : jdbc.sql("""
                                UPDATE mail_templates SET subject = ?, body = ?, updated_by = ?, updated_at = ?,
                                       version = version + 1
                                WHERE workspace_id = ? AND kind = ? AND language = ? AND version = ?""")
                        .params(subject, body, by, Db.ts(now), ws.value(), kind, language, version)
                        .update();
        if (rows == 0) {
            throw new StaleVersionException();
        }
    }

    public void delete(WorkspaceId ws, String kind, String language) {
        jdbc.sql("DELETE FROM mail_templates WHERE workspace_id = ? AND kind = ? AND language = ?")
                .params(ws.value(), kind, language)
                .update();
    }
}
