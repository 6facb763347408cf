package io.relance.followup;

import io.relance.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A task as other modules and the API read it. */
public record TaskView(
        TaskId id,
        long version,
        TaskType type,
        TaskStatus status,
        LocalDate dueDate,
        LocalTime dueTime,
        UserId assignee,
        TaskTarget target,
        TaskOrigin origin,
        FollowUpRule rule,
        String title,
        String notes,
        String outcome,
        String classification,
        Instant createdAt,
        Instant closedAt) {

    public boolean open() {
        return status == TaskStatus.OPEN;
    }

    /** Overdue on {@code today} (the user's day): open and due before it. */
    public boolean overdue(LocalDate today) {
        return open() && dueDate.isBefore(today);
    }
}
