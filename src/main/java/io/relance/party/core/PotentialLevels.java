package io.relance.party.core;

import io.relance.shared.WorkspaceId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The workspace's potential levels; the defaults until an admin configures his own. */
@Repository
public class PotentialLevels {

    /** Default levels: their labels come from the message bundles ({@code potential.<key>}). */
    public static final List<PotentialLevel> DEFAULTS = List.of(
            new PotentialLevel("none", null, 0),
            new PotentialLevel("low", null, 1),
            new PotentialLevel("medium", null, 2),
            new PotentialLevel("high", null, 3));

    private final JdbcClient jdbc;

    PotentialLevels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PotentialLevel> of(WorkspaceId ws) {
        List<PotentialLevel> levels = jdbc.sql("""
                SELECT level_key, label, position FROM potential_levels WHERE workspace_id = ? ORDER BY position""")
                .param(ws.value())
                .query((rs, n) ->
                        new PotentialLevel(rs.getString("level_key"), rs.getString("label"), rs.getInt("position")))
                .list();
        return levels.isEmpty() ? DEFAULTS : levels;
    }

    public void replace(WorkspaceId ws, List<PotentialLevel> levels) {
        jdbc.sql("DELETE FROM potential_levels WHERE workspace_id = ?")
                .param(ws.value())
                .update();
        for (PotentialLevel level : levels) {
            jdbc.sql("INSERT INTO potential_levels (workspace_id, level_key, label, position) VALUES (?, ?, ?, ?)")
                    .params(ws.value(), level.key(), level.label(), level.position())
                    .update();
        }
    }
}
