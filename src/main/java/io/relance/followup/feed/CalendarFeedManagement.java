package io.relance.followup.feed;

import io.relance.shared.Hashes;
import io.relance.shared.Ids;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's calendar feeds: made (the token and address answered once, only the token's SHA-256 kept), listed,
 * revoked; and the owner a token names. Each user manages only his own: another's feed, or another workspace's, is
 * not found.
 */
@Service
public class CalendarFeedManagement {

    /** How many live feeds a user may have at once (one per calendar app, and some to spare). */
    public static final int MAX_LIVE = 10;

    /** A feed read more often than this (calendar apps poll) has its last use written at most this often. */
    static final Duration USE_WRITE_INTERVAL = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(CalendarFeedManagement.class);

    /** Whose feed a token opens. */
    record Owner(WorkspaceId workspace, UserId user) {}

    private final CalendarFeeds feeds;
    private final FeedAddresses addresses;
    private final Clock clock;

    CalendarFeedManagement(CalendarFeeds feeds, FeedAddresses addresses, Clock clock) {
        this.feeds = feeds;
        this.addresses = addresses;
        this.clock = clock;
    }

    @Transactional
    public CreatedCalendarFeed create(RelanceUser me) {
        if (feeds.countLive(me.workspaceId(), me.userId()) >= MAX_LIVE) {
            throw new TooManyCalendarFeeds();
        }
        CalendarFeed feed = new CalendarFeed(new CalendarFeedId(Ids.newId()), clock.instant(), null);
        String token = FeedTokens.newToken(me.workspaceId());
        feeds.insert(me.workspaceId(), me.userId(), feed, Hashes.sha256Hex(token));
        log.info("{} made calendar feed {}", me.email(), feed.id());
        return new CreatedCalendarFeed(feed, token, addresses.feed(token));
    }

    /** The user's live feeds, oldest first, without their tokens (never kept). */
    @Transactional(readOnly = true)
    public List<CalendarFeed> feeds(RelanceUser me) {
        return feeds.liveOf(me.workspaceId(), me.userId());
    }

    /** Revokes one of the user's live feeds: its address answers 404 from now on. */
    @Transactional
    public void revoke(RelanceUser me, CalendarFeedId id) {
        if (!feeds.revoke(me.workspaceId(), me.userId(), id.value(), clock.instant())) {
            throw new NotFoundException();
        }
        log.info("{} revoked calendar feed {}", me.email(), id);
    }

    /**
     * Whose live feed a token opens; empty for a token unknown, revoked or malformed — all alike, so that the caller
     * answers the same 404. Notes the use (at most once an hour per feed).
     */
    @Transactional
    Optional<Owner> open(String token) {
        Optional<WorkspaceId> workspace = FeedTokens.workspaceOf(token);
        if (workspace.isEmpty()) {
            return Optional.empty();
        }
        WorkspaceId ws = workspace.get();
        return feeds.live(ws, Hashes.sha256Hex(token)).map(live -> {
            Instant now = clock.instant();
            if (live.lastUsedAt() == null
                    || live.lastUsedAt().plus(USE_WRITE_INTERVAL).isBefore(now)) {
                feeds.used(ws, live.id(), now);
            }
            return new Owner(ws, live.user());
        });
    }
}
