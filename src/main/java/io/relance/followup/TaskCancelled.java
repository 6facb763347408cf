package io.relance.followup;

import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Instant;

/** A task was cancelled: by someone ({@code by} set) or by its rule (replaced, or its reason is gone). */
public record TaskCancelled(WorkspaceId workspace, TaskId task, TaskTarget target, UserId by, Instant at) {}
