package io.relance.followup.feed;

import io.relance.followup.WorkingCalendar;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a feed's address answers: the RFC 5545 calendar of its owner's open tasks due from {@value #DAYS_BACK} days
 * ago to {@value #DAYS_AHEAD} days ahead (today in the workspace's time zone), in his language. Empty — one 404 for
 * all — for a token unknown, revoked or malformed, or an owner no longer active. Two router queries in the token's
 * workspace: the feed by its token's hash, the tasks with their third parties (the user and the workspace are read
 * from reference tables).
 */
@Service
public class TaskFeed {

    static final int DAYS_BACK = 30;
    static final int DAYS_AHEAD = 365;

    private final CalendarFeedManagement feeds;
    private final WorkspaceManagement workspaces;
    private final WorkingCalendar calendar;
    private final FeedTasks tasks;
    private final TaskCalendar writer;
    private final Clock clock;

    TaskFeed(
            CalendarFeedManagement feeds,
            WorkspaceManagement workspaces,
            WorkingCalendar calendar,
            FeedTasks tasks,
            TaskCalendar writer,
            Clock clock) {
        this.feeds = feeds;
        this.workspaces = workspaces;
        this.calendar = calendar;
        this.tasks = tasks;
        this.writer = writer;
        this.clock = clock;
    }

    @Transactional
    public Optional<String> read(String token) {
        return feeds.open(token)
                .flatMap(owner -> workspaces.reload(owner.workspace(), owner.user()))
                .map(this::calendarOf);
    }

    private String calendarOf(RelanceUser owner) {
        ZoneId zone = calendar.zone(owner.workspaceId());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        var rows =
                tasks.open(owner.workspaceId(), owner.userId(), today.minusDays(DAYS_BACK), today.plusDays(DAYS_AHEAD));
        return writer.write(new TaskCalendar.Reader(owner.displayName(), owner.locale(), zone, clock.instant()), rows);
    }
}
