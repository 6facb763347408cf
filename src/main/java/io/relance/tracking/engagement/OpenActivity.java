package io.relance.tracking.engagement;

import io.relance.shared.Db;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The counted opens of a period, for the daily digest of the subjects' activity. */
@Repository
public class OpenActivity {

    private final JdbcClient jdbc;

    OpenActivity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The number of opens of each subject of this type that began after {@code after}, up to {@code upTo}. */
    public Map<UUID, Integer> opensBetween(WorkspaceId ws, String type, Instant after, Instant upTo) {
        Map<UUID, Integer> opens = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT subject_id, COUNT(*) AS n FROM tracking_opens
                        WHERE workspace_id = ? AND subject_type = ? AND opened_at > ? AND opened_at <= ?
                        GROUP BY subject_id ORDER BY subject_id""").params(ws.value(), type, Db.ts(after), Db.ts(upTo)).query(rs -> {
            opens.put(Db.uuid(rs, "subject_id"), rs.getInt("n"));
        });
        return opens;
    }

    /** The workspaces with an open of this type of subject since {@code since}: one read across workspaces. */
    public List<WorkspaceId> workspacesOpenedSince(String type, Instant since) {
        return jdbc.sql("""
                        SELECT DISTINCT workspace_id FROM tracking_opens
                        WHERE opened_at > ? AND subject_type = ? ORDER BY workspace_id""")
                .params(Db.ts(since), type)
                .query((rs, n) -> new WorkspaceId(Db.uuid(rs, "workspace_id")))
                .list();
    }
}
