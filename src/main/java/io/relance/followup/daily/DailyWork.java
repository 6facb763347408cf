package io.relance.followup.daily;

import io.relance.shared.WorkspaceId;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One part of the daily run (negotiation deadlines and time-outs, check-ins, advice tasks, reminders): done for a
 * workspace on its day, set-based, and safe to run again (twice on two nodes, or after a crash) without doing
 * anything twice — each item is claimed by a unique key or a mark written in the same transaction. A part opens its
 * own transactions (one for all, or one per item): the run wraps it in none. See docs/daily-run.md.
 */
public interface DailyWork {

    /** A short name for logs and the job's record ("negotiation-timeouts"); at most 60 characters. */
    String name();

    /** Does today's work of one workspace; {@code today} is its date in its time zone. Returns items handled. */
    int run(WorkspaceId workspace, LocalDate today);

    /**
     * From what time of the workspace's day (its time zone) the part runs: the start of the day unless it waits for
     * an hour (the reminders' digest hour). The test endpoint runs every part at once, whatever its hour.
     */
    default LocalTime notBefore(WorkspaceId workspace) {
        return LocalTime.MIDNIGHT;
    }
}
