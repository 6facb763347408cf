package io.relance.tracking;

import io.relance.shared.Chunks;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The opens, visitors or score of some subjects of one type changed (what a list keeps to sort on): one event per
 * refresh of a batch's subjects, per type and per {@link #maxChanges} subjects, each subject once.
 */
public record EngagementsChanged(WorkspaceId workspace, String subjectType, List<Change> changes) {

    /**
     * The most subjects one event carries on H2: the event publication registry stores an event as JSON in 4,000
     * characters there, and this keeps the longest event well within that.
     */
    public static final int MAX_CHANGES_H2 = 20;

    /** The most subjects one event carries on PostgreSQL ({@code text}: about 60 KB for the longest). */
    public static final int MAX_CHANGES = 400;

    /** How many subjects one event may carry on this database (PostgreSQL or H2). */
    public static int maxChanges(boolean postgres) {
        return postgres ? MAX_CHANGES : MAX_CHANGES_H2;
    }

    /** A subject's new numbers. */
    public record Change(UUID subjectId, int opens, int distinctVisitors, Instant lastOpenedAt, int score) {}

    public EngagementsChanged {
        changes = Chunks.atMost(changes, MAX_CHANGES, "changes an event");
    }

    /** The changes as events of at most {@code max} subjects each (see {@link #maxChanges}), in order. */
    public static List<EngagementsChanged> of(
            WorkspaceId workspace, String subjectType, List<Change> changes, int max) {
        return Chunks.of(changes, Math.min(max, MAX_CHANGES)).stream()
                .map(chunk -> new EngagementsChanged(workspace, subjectType, chunk))
                .toList();
    }
}
