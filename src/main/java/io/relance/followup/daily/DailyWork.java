package io.relance.followup.daily;

import io.relance.shared.WorkspaceId;
import java.time.LocalDate;

/**
 * One part of the daily run (negotiation deadlines and time-outs, check-ins, advice tasks, reminders): done for a
 * workspace on its day, set-based, and safe to run again (twice on two nodes, or after a crash) without doing
 * anything twice — each item is claimed by a unique key or a mark written in the same transaction.
 */
public interface DailyWork {

    /** A short name for logs and the job's record ("negotiation-timeouts"). */
    String name();

    /** Does today's work of one workspace; {@code today} is its date in its time zone. Returns items handled. */
    int run(WorkspaceId workspace, LocalDate today);
}
