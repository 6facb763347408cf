package io.relance.workspace;

import io.relance.shared.Db;
import io.relance.shared.RecentCache;
import io.relance.shared.Role;
import io.relance.shared.StaleVersionException;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The user accounts: global by e-mail (people sign in with it), otherwise always read within a workspace. */
@Repository
class Users {

    private final JdbcClient jdbc;
    /** Each workspace's members, shown beside every listed record: kept a few seconds, evicted by every write here. */
    private final RecentCache<WorkspaceId, List<User>> members = new RecentCache<>();

    Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<User> findByEmail(String email) {
        return jdbc.sql("SELECT * FROM user_accounts WHERE email = ?")
                .param(User.normalizeEmail(email))
                .query(Users::map)
                .optional();
    }

    Optional<User> findById(WorkspaceId workspace, UserId id) {
        return jdbc.sql("SELECT * FROM user_accounts WHERE workspace_id = ? AND id = ?")
                .params(workspace.value(), id.value())
                .query(Users::map)
                .optional();
    }

    boolean emailTaken(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM user_accounts WHERE email = ?")
                        .param(User.normalizeEmail(email))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Users of a workspace in creation order (ids are time-ordered), after the given id. */
    List<User> list(WorkspaceId workspace, UUID after, int limit) {
        String afterClause = after == null ? "" : " AND id > :after";
        var spec = jdbc.sql("SELECT * FROM user_accounts WHERE workspace_id = :ws" + afterClause
                        + " ORDER BY id LIMIT :limit")
                .param("ws", workspace.value())
                .param("limit", limit);
        if (after != null) {
            spec = spec.param("after", after);
        }
        return spec.query(Users::map).list();
    }

    /** Every user of the workspace, in creation order. */
    List<User> members(WorkspaceId workspace) {
        return members.get(workspace, ws -> list(ws, null, 100_000));
    }

    void insert(User u) {
        members.evict(u.workspaceId());
        jdbc.sql("""
                INSERT INTO user_accounts (id, workspace_id, email, display_name, password_hash, role, locale, active,
                                           instance_operator, password_change_required, created_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(
                        u.id().value(),
                        u.workspaceId().value(),
                        u.email(),
                        u.displayName(),
                        u.passwordHash(),
                        u.role().name(),
                        u.locale(),
                        u.active(),
                        u.operator(),
                        u.passwordChangeRequired(),
                        Db.ts(u.createdAt()))
                .update();
    }

    /** Saves the user if nobody changed it since it was read at {@code expectedVersion}. */
    void update(User u, long expectedVersion) {
        members.evict(u.workspaceId());
        int rows = jdbc.sql("""
                UPDATE user_accounts SET display_name = ?, password_hash = ?, role = ?, locale = ?, active = ?,
                       password_change_required = ?, email_signature = ?, email_on_first_open = ?,
                       email_daily_tasks = ?,
                       version = version + 1
                WHERE workspace_id = ? AND id = ? AND version = ?""")
                .params(
                        u.displayName(),
                        u.passwordHash(),
                        u.role().name(),
                        u.locale(),
                        u.active(),
                        u.passwordChangeRequired(),
                        u.emailSignature(),
                        u.emailOnFirstOpen(),
                        u.emailDailyTasks(),
                        u.workspaceId().value(),
                        u.id().value(),
                        expectedVersion)
                .update();
        if (rows == 0) {
            throw new StaleVersionException();
        }
    }

    long countActiveAdmins(WorkspaceId workspace) {
        return jdbc.sql("SELECT COUNT(*) FROM user_accounts WHERE workspace_id = ? AND role = 'ADMIN' AND active")
                .param(workspace.value())
                .query(Long.class)
                .single();
    }

    static User map(ResultSet rs, int row) throws SQLException {
        return new User(
                        new UserId(Db.uuid(rs, "id")),
                        new WorkspaceId(Db.uuid(rs, "workspace_id")),
                        rs.getString("email"),
                        rs.getString("display_name"),
                        rs.getString("password_hash"),
                        Role.valueOf(rs.getString("role")),
                        rs.getString("locale"),
                        rs.getBoolean("active"),
                        rs.getBoolean("instance_operator"),
                        Db.instant(rs, "created_at"),
                        rs.getLong("version"))
                .requiringPasswordChange(rs.getBoolean("password_change_required"))
                .signing(rs.getString("email_signature"))
                .mailingOnFirstOpen(rs.getBoolean("email_on_first_open"))
                .mailingDailyTasks(rs.getBoolean("email_daily_tasks"));
    }
}
