package io.relance.followup.lost;

import io.relance.shared.WorkspaceId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lost reasons of each workspace ({@code followup_lost_reasons}); the six built-in ones until an admin saves. */
@Repository
public class LostReasons {

    private final JdbcClient jdbc;

    LostReasons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The workspace's reasons in their order, inactive ones included. */
    public List<LostReason> of(WorkspaceId ws) {
        List<LostReason> saved = jdbc.sql("""
                        SELECT reason_key, label, active FROM followup_lost_reasons
                        WHERE workspace_id = ? ORDER BY position""")
                .param(ws.value())
                .query((rs, n) -> {
                    String key = rs.getString("reason_key");
                    return new LostReason(key, rs.getString("label"), rs.getBoolean("active"), LostReason.needsOf(key));
                })
                .list();
        return saved.isEmpty() ? LostReason.DEFAULTS : saved;
    }

    /** Replaces the list (the caller holds the list's version). */
    public void replace(WorkspaceId ws, List<LostReason> reasons) {
        jdbc.sql("DELETE FROM followup_lost_reasons WHERE workspace_id = ?")
                .param(ws.value())
                .update();
        for (int i = 0; i < reasons.size(); i++) {
            LostReason r = reasons.get(i);
            jdbc.sql("""
                            INSERT INTO followup_lost_reasons (workspace_id, reason_key, position, label, active)
                            VALUES (?, ?, ?, ?, ?)""")
                    .params(ws.value(), r.key(), i, r.builtIn() ? null : r.label(), r.active())
                    .update();
        }
    }
}
