package io.relance.followup;

import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Instant;

/**
 * A task was done: with its outcome ("no answer", "interested") and, when the rep classified the third party as he
 * completed it, the classification's key (else null: no follow-up planned).
 */
public record TaskCompleted(
        WorkspaceId workspace,
        TaskId task,
        TaskType type,
        TaskTarget target,
        String outcome,
        String classification,
        UserId by,
        Instant at) {}
