package io.relance.shared.numbering;

import io.relance.shared.WorkspaceId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Masks and counters. A counter is one row incremented under its row lock inside the creating transaction,
 * so two creations at the same instant never get the same number (no SELECT MAX).
 */
@Repository
public class Numbering {

    public static final String THIRD_PARTY = "THIRD_PARTY";

    public record Setting(String mask, long version) {}

    private final JdbcClient jdbc;

    Numbering(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Setting setting(WorkspaceId ws, String entity) {
        return jdbc.sql("SELECT mask, version FROM numbering_settings WHERE workspace_id = ? AND entity = ?")
                .params(ws.value(), entity)
                .query((rs, n) -> new Setting(rs.getString("mask"), rs.getLong("version")))
                .optional()
                .orElse(new Setting(CodeMask.DEFAULT, 0));
    }

    /** Saves a mask if nobody changed it since {@code version}; false on a stale version. */
    public boolean saveSetting(WorkspaceId ws, String entity, String mask, long version) {
        int rows = jdbc.sql("""
                UPDATE numbering_settings SET mask = ?, version = version + 1
                WHERE workspace_id = ? AND entity = ? AND version = ?""").params(mask, ws.value(), entity, version).update();
        if (rows == 1) {
            return true;
        }
        if (version != 0) {
            return false;
        }
        return jdbc.sql("""
                        INSERT INTO numbering_settings (workspace_id, entity, mask, version) VALUES (?, ?, ?, 1)
                        ON CONFLICT DO NOTHING""").params(ws.value(), entity, mask).update() == 1;
    }

    private boolean exists(WorkspaceId ws, String entity) {
        return jdbc.sql("SELECT COUNT(*) FROM numbering_settings WHERE workspace_id = ? AND entity = ?")
                        .params(ws.value(), entity)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The next value of a counter, locked until the calling transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long next(WorkspaceId ws, String counterKey) {
        // ON CONFLICT DO NOTHING: a failed insert would abort a PostgreSQL transaction
        jdbc.sql("""
                INSERT INTO numbering_counters (workspace_id, counter_key, last_value) VALUES (?, ?, 0)
                ON CONFLICT DO NOTHING""").params(ws.value(), counterKey).update();
        jdbc.sql("UPDATE numbering_counters SET last_value = last_value + 1 WHERE workspace_id = ? AND counter_key = ?")
                .params(ws.value(), counterKey)
                .update();
        return current(ws, counterKey).orElseThrow();
    }

    private Optional<Long> current(WorkspaceId ws, String counterKey) {
        return jdbc.sql("SELECT last_value FROM numbering_counters WHERE workspace_id = ? AND counter_key = ?")
                .params(ws.value(), counterKey)
                .query(Long.class)
                .optional();
    }
}
