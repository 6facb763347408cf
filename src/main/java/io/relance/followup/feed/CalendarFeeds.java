package io.relance.followup.feed;

import io.relance.shared.Db;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calendar feeds ({@code followup_calendar_feeds}); every statement names the workspace. */
@Repository
class CalendarFeeds {

    /** The live feed a token opens: whose it is, and when it was last read. */
    record Live(CalendarFeedId id, UserId user, Instant lastUsedAt) {}

    private final JdbcClient jdbc;

    CalendarFeeds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkspaceId ws, UserId user, CalendarFeed feed, String tokenHash) {
        jdbc.sql("""
                        INSERT INTO followup_calendar_feeds (workspace_id, id, user_id, token_hash, created_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(ws.value(), feed.id().value(), user.value(), tokenHash, Db.ts(feed.createdAt()))
                .update();
    }

    /** The user's live feeds, oldest first. */
    List<CalendarFeed> liveOf(WorkspaceId ws, UserId user) {
        return jdbc.sql("""
                        SELECT id, created_at, last_used_at FROM followup_calendar_feeds
                        WHERE workspace_id = ? AND user_id = ? AND revoked_at IS NULL
                        ORDER BY created_at, id""")
                .params(ws.value(), user.value())
                .query((rs, n) -> new CalendarFeed(
                        new CalendarFeedId(Db.uuid(rs, "id")),
                        Db.instant(rs, "created_at"),
                        Db.instant(rs, "last_used_at")))
                .list();
    }

    int countLive(WorkspaceId ws, UserId user) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM followup_calendar_feeds
                        WHERE workspace_id = ? AND user_id = ? AND revoked_at IS NULL""")
                .params(ws.value(), user.value())
                .query(Integer.class)
                .single();
    }

    /** Revokes one of the user's live feeds; false when he has no such live feed. */
    boolean revoke(WorkspaceId ws, UserId user, UUID id, Instant at) {
        return jdbc.sql("""
                                UPDATE followup_calendar_feeds SET revoked_at = ?
                                WHERE workspace_id = ? AND id = ? AND user_id = ? AND revoked_at IS NULL""").params(Db.ts(at), ws.value(), id, user.value()).update() == 1;
    }

    /** The live feed of a token's SHA-256 in the workspace: one indexed equality. */
    Optional<Live> live(WorkspaceId ws, String tokenHash) {
        return jdbc.sql("""
                        SELECT id, user_id, last_used_at FROM followup_calendar_feeds
                        WHERE workspace_id = ? AND token_hash = ? AND revoked_at IS NULL""")
                .params(ws.value(), tokenHash)
                .query((rs, n) -> new Live(
                        new CalendarFeedId(Db.uuid(rs, "id")),
                        new UserId(Db.uuid(rs, "user_id")),
                        Db.instant(rs, "last_used_at")))
                .optional();
    }

    void used(WorkspaceId ws, CalendarFeedId id, Instant at) {
        jdbc.sql("UPDATE followup_calendar_feeds SET last_used_at = ? WHERE workspace_id = ? AND id = ?")
                .params(Db.ts(at), ws.value(), id.value())
                .update();
    }
}
