package io.relance.followup;

import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.LocalDate;

/** A task was created (by someone, {@code by} set, or by a rule, {@code rule} set). */
public record TaskPlanned(
        WorkspaceId workspace,
        TaskId task,
        TaskType type,
        TaskTarget target,
        UserId assignee,
        LocalDate dueDate,
        FollowUpRule rule,
        UserId by) {}
