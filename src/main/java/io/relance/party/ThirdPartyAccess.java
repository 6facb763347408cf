package io.relance.party;

import io.relance.shared.Db;
import io.relance.shared.RelanceUser;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may see a third party, written once: managers and admins see every third party of their workspace; a sales
 * rep sees those he owns and those lent to him by an active ownership exception (not revoked, not ended). The
 * same rule as a Java check ({@link #canSee}) and as an SQL condition with its bound parameters
 * ({@link #predicate}), for any list that joins {@code third_parties} — this module's, and later quotes', tasks'
 * or deals'.
 */
@Component
public class ThirdPartyAccess {

    /** The names of the parameters {@link #predicate} binds: a query must not use them for anything else. */
    public static final String VIEWER_PARAM = "accessViewer";

    public static final String NOW_PARAM = "accessNow";

    public static final String WORKSPACE_PARAM = "accessWorkspace";

    /** Where a query keeps a third party's workspace, owner and id, e.g. {@code t.workspace_id}. */
    public record Columns(String workspaceId, String ownerId, String id) {

        /** The columns of {@code third_parties} under an alias: {@code of("t")} is t.workspace_id, t.owner_id, t.id. */
        public static Columns of(String alias) {
            return new Columns(alias + ".workspace_id", alias + ".owner_id", alias + ".id");
        }
    }

    /**
     * An SQL condition (named parameters) and its values; {@link #none()} when the viewer sees everything. The
     * caller adds it with {@code AND} and binds {@link #params()}.
     */
    public record Predicate(String sql, Map<String, Object> params) {

        public static Predicate none() {
            return new Predicate("1 = 1", Map.of());
        }

        public boolean restricts() {
            return !params.isEmpty();
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ThirdPartyAccess(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** May this user see (and act on) the third party of this id and owner? One indexed lookup for a rep. */
    public boolean canSee(RelanceUser me, ThirdPartyId id, UserId ownerId) {
        return me.seesAll() || ownerId.equals(me.userId()) || lent(me, id.value(), clock.instant());
    }

    /** The rule as an SQL condition on a third party's columns, for {@code me} at the current time. */
    public Predicate predicate(RelanceUser me, Columns columns) {
        return predicate(me.workspaceId(), me.userId(), me.seesAll(), clock.instant(), columns);
    }

    /**
     * The rule as an SQL condition, for a viewer who sees all or only his own and lent third parties. The
     * sub-query names the workspace as a bound value rather than through the outer row, so that on Citus the whole
     * statement is routed to the workspace's shard.
     */
    public static Predicate predicate(WorkspaceId workspace, UserId viewer, boolean seesAll, Instant now, Columns c) {
        if (seesAll) {
            return Predicate.none();
        }
        return new Predicate(
                "(" + c.ownerId() + " = :" + VIEWER_PARAM + " OR EXISTS (SELECT 1 FROM ownership_exceptions e"
                        + " WHERE e.workspace_id = :" + WORKSPACE_PARAM + " AND e.third_party_id = " + c.id()
                        + " AND e.user_id = :" + VIEWER_PARAM + " AND e.revoked_at IS NULL AND e.ends_at > :"
                        + NOW_PARAM + "))",
                Map.of(WORKSPACE_PARAM, workspace.value(), VIEWER_PARAM, viewer.value(), NOW_PARAM, Db.ts(now)));
    }

    private boolean lent(RelanceUser me, UUID thirdParty, Instant now) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM ownership_exceptions
                        WHERE workspace_id = ? AND third_party_id = ? AND user_id = ? AND revoked_at IS NULL AND ends_at > ?""")
                        .params(
                                me.workspaceId().value(),
                                thirdParty,
                                me.userId().value(),
                                Db.ts(now))
                        .query(Long.class)
                        .single()
                > 0;
    }
}
