package io.relance.followup;

import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.LocalDate;

/** An open task was given to someone else ({@code to}), by a manager or an admin ({@code by}). */
public record TaskReassigned(
        WorkspaceId workspace,
        TaskId task,
        TaskType type,
        TaskTarget target,
        UserId from,
        UserId to,
        LocalDate dueDate,
        UserId by) {}
