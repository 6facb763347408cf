package io.relance.shared.numbering;

import io.relance.shared.WorkspaceId;
import java.time.ZonedDateTime;
import java.util.function.Predicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Masks and counters, per workspace and {@link DocumentKind}. A counter is one row per kind and period
 * ({@link CodeMask#period}), incremented under its row lock inside the assigning transaction: two documents numbered
 * at the same instant never get the same number (no SELECT MAX), and a rollback gives the number back.
 */
@Service
public class Numbering {

    /** A kind's mask as saved, with its version (0 while the default applies). */
    public record Setting(String mask, long version) {}

    /** How many taken codes a non-gapless kind skips before giving up. */
    private static final int ATTEMPTS = 100;

    private final JdbcClient jdbc;

    Numbering(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Setting setting(WorkspaceId ws, DocumentKind kind) {
        return jdbc.sql("SELECT mask, version FROM numbering_settings WHERE workspace_id = ? AND kind = ?")
                .params(ws.value(), kind.key())
                .query((rs, n) -> new Setting(rs.getString("mask"), rs.getLong("version")))
                .optional()
                .orElse(new Setting(kind.defaultMask(), 0));
    }

    /** Saves a mask if nobody changed it since {@code version}; false on a stale version. */
    @Transactional
    public boolean saveSetting(WorkspaceId ws, DocumentKind kind, String mask, long version) {
        int rows = jdbc.sql("""
                UPDATE numbering_settings SET mask = ?, version = version + 1
                WHERE workspace_id = ? AND kind = ? AND version = ?""").params(mask, ws.value(), kind.key(), version).update();
        if (rows == 1) {
            return true;
        }
        if (version != 0) {
            return false;
        }
        return jdbc.sql("""
                        INSERT INTO numbering_settings (workspace_id, kind, mask, version) VALUES (?, ?, ?, 1)
                        ON CONFLICT DO NOTHING""").params(ws.value(), kind.key(), mask).update() == 1;
    }

    /**
     * Assigns the next code of a kind at a date, with the workspace's mask, inside the calling transaction. A kind
     * that is not gapless skips a code that is not {@code free} (typed by hand, or left by another mask); a gapless
     * kind never skips: a code already taken is an {@link IllegalStateException} and the transaction should roll
     * back.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(WorkspaceId ws, DocumentKind kind, ZonedDateTime at, Predicate<String> free) {
        CodeMask mask = CodeMask.parse(setting(ws, kind).mask());
        String period = mask.period(at);
        for (int attempt = 0; attempt < (kind.gapless() ? 1 : ATTEMPTS); attempt++) {
            String code = mask.format(at, next(ws, kind, period));
            if (free.test(code)) {
                return code;
            }
        }
        throw new IllegalStateException(
                (kind.gapless() ? "The next code is taken already" : "No free code") + " for mask " + mask.text());
    }

    /** The next value of a kind's counter in a period, locked until the calling transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long next(WorkspaceId ws, DocumentKind kind, String period) {
        // ON CONFLICT DO NOTHING: a failed insert would abort a PostgreSQL transaction
        jdbc.sql("""
                INSERT INTO numbering_counters (workspace_id, kind, period, last_value) VALUES (?, ?, ?, 0)
                ON CONFLICT DO NOTHING""").params(ws.value(), kind.key(), period).update();
        // the UPDATE takes the row lock: a second transaction waits here until the first ends
        jdbc.sql("""
                UPDATE numbering_counters SET last_value = last_value + 1
                WHERE workspace_id = ? AND kind = ? AND period = ?""").params(ws.value(), kind.key(), period).update();
        return jdbc.sql("SELECT last_value FROM numbering_counters WHERE workspace_id = ? AND kind = ? AND period = ?")
                .params(ws.value(), kind.key(), period)
                .query(Long.class)
                .single();
    }

    /** The last number given in a period; 0 when none was. Reading it takes no lock. */
    public long last(WorkspaceId ws, DocumentKind kind, String period) {
        return jdbc.sql("SELECT last_value FROM numbering_counters WHERE workspace_id = ? AND kind = ? AND period = ?")
                .params(ws.value(), kind.key(), period)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }
}
