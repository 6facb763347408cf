package io.relance.workspace;

import io.relance.shared.Db;
import io.relance.shared.RecentCache;
import io.relance.shared.StaleVersionException;
import io.relance.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The workspaces table. A workspace is read on every request: kept a few seconds, evicted by every write here. */
@Repository
class Workspaces {

    private final JdbcClient jdbc;
    private final RecentCache<WorkspaceId, Optional<Workspace>> recent = new RecentCache<>();

    Workspaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Workspace w) {
        recent.evict(w.id());
        jdbc.sql("""
                INSERT INTO workspaces (id, name, currency, default_locale, time_zone, country, created_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(
                        w.id().value(),
                        w.name(),
                        w.currency(),
                        w.defaultLocale(),
                        w.timeZone(),
                        w.country(),
                        Db.ts(w.createdAt()))
                .update();
    }

    Optional<Workspace> findById(WorkspaceId id) {
        return recent.get(
                id,
                key -> jdbc.sql("SELECT * FROM workspaces WHERE id = ?")
                        .param(key.value())
                        .query(Workspaces::map)
                        .optional());
    }

    /** Every workspace's time zone (a read of the whole table, for jobs that work per workspace and day). */
    java.util.Map<WorkspaceId, java.time.ZoneId> zones() {
        java.util.Map<WorkspaceId, java.time.ZoneId> zones = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT id, time_zone FROM workspaces ORDER BY id").query(rs -> {
            zones.put(new WorkspaceId(Db.uuid(rs, "id")), java.time.ZoneId.of(rs.getString("time_zone")));
        });
        return zones;
    }

    void update(Workspace w) {
        recent.evict(w.id());
        int rows = jdbc.sql("""
                UPDATE workspaces SET name = ?, currency = ?, default_locale = ?, time_zone = ?, country = ?,
                       version = version + 1
                WHERE id = ? AND version = ?""")
                .params(
                        w.name(),
                        w.currency(),
                        w.defaultLocale(),
                        w.timeZone(),
                        w.country(),
                        w.id().value(),
                        w.version())
                .update();
        if (rows == 0) {
            throw new StaleVersionException();
        }
    }

    boolean isInstalled() {
        return jdbc.sql("SELECT COUNT(*) FROM installation").query(Long.class).single() > 0;
    }

    /** Claims the one installation row: false when another setup got there first. */
    boolean claimInstallation(WorkspaceId id, Instant now) {
        // ON CONFLICT DO NOTHING: a failed insert would abort the whole PostgreSQL transaction
        return jdbc.sql("""
                        INSERT INTO installation (singleton, workspace_id, installed_at) VALUES (1, ?, ?)
                        ON CONFLICT DO NOTHING""").params(id.value(), Db.ts(now)).update() == 1;
    }

    private static Workspace map(ResultSet rs, int row) throws SQLException {
        return new Workspace(
                new WorkspaceId(Db.uuid(rs, "id")),
                rs.getString("name"),
                rs.getString("currency"),
                rs.getString("default_locale"),
                rs.getString("time_zone"),
                rs.getString("country"),
                Db.instant(rs, "created_at"),
                rs.getLong("version"));
    }
}
