package io.relance.tracking;

import io.relance.shared.Chunks;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The opens, visitors or score of some subjects of one type changed (what a list keeps to sort on): one event per
 * refresh of a batch's subjects, per type and per {@value #MAX_CHANGES} subjects, each subject once.
 */
public record EngagementsChanged(WorkspaceId workspace, String subjectType, List<Change> changes) {

    /**
     * The most subjects one event carries: the event publication registry stores an event as JSON in 4,000
     * characters on H2, and this keeps the longest event well within that.
     */
    public static final int MAX_CHANGES = 20;

    /** A subject's new numbers. */
    public record Change(UUID subjectId, int opens, int distinctVisitors, Instant lastOpenedAt, int score) {}

    public EngagementsChanged {
        changes = Chunks.atMost(changes, MAX_CHANGES, "changes an event");
    }

    /** The changes as events of at most {@value #MAX_CHANGES} subjects each, in order. */
    public static List<EngagementsChanged> of(WorkspaceId workspace, String subjectType, List<Change> changes) {
        return Chunks.of(changes, MAX_CHANGES).stream()
                .map(chunk -> new EngagementsChanged(workspace, subjectType, chunk))
                .toList();
    }
}
