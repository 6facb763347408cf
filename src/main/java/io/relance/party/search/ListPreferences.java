package io.relance.party.search;

import io.relance.shared.Db;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What each user chose to see in a list: the columns, as stored keys ({@link ListColumns#store}). */
@Repository
public class ListPreferences {

    private final JdbcClient jdbc;

    ListPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> columns(WorkspaceId ws, UUID user, String list) {
        return jdbc.sql("""
                SELECT column_keys FROM list_preferences WHERE workspace_id = ? AND user_id = ? AND list_key = ?""").params(ws.value(), user, list).query(String.class).optional();
    }

    public void saveColumns(WorkspaceId ws, UUID user, String list, String columns, Instant now) {
        // ON CONFLICT DO NOTHING: a failed insert would abort the whole PostgreSQL transaction
        boolean inserted = jdbc.sql("""
                        INSERT INTO list_preferences (workspace_id, user_id, list_key, column_keys, updated_at, version)
                        VALUES (?, ?, ?, ?, ?, 0) ON CONFLICT DO NOTHING""")
                        .params(ws.value(), user, list, columns, Db.ts(now))
                        .update()
                == 1;
        if (!inserted) {
            jdbc.sql("""
                    UPDATE list_preferences SET column_keys = ?, updated_at = ?, version = version + 1
                    WHERE workspace_id = ? AND user_id = ? AND list_key = ?""").params(columns, Db.ts(now), ws.value(), user, list).update();
        }
    }

    public void delete(WorkspaceId ws, UUID user, String list) {
        jdbc.sql("DELETE FROM list_preferences WHERE workspace_id = ? AND user_id = ? AND list_key = ?")
                .params(ws.value(), user, list)
                .update();
    }
}
