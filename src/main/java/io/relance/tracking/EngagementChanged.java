package io.relance.tracking;

import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;

/** A subject's opens, visitors or score changed: what a list keeps to sort on. */
public record EngagementChanged(
        WorkspaceId workspace,
        String subjectType,
        UUID subjectId,
        int opens,
        int distinctVisitors,
        Instant lastOpenedAt,
        int score) {}
