package io.relance.followup;

/** Where a task stands: open until it is done or cancelled (snoozing keeps it open with a later due date). */
public enum TaskStatus {
    OPEN,
    DONE,
    CANCELLED
}
