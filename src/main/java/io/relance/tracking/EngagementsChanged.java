package io.relance.tracking;

import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
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
        changes = List.copyOf(changes);
        if (changes.size() > MAX_CHANGES) {
            throw new IllegalArgumentException("At most " + MAX_CHANGES + " changes an event: " + changes.size());
        }
    }

    /** The changes as events of at most {@value #MAX_CHANGES} subjects each, in order. */
    public static List<EngagementsChanged> of(WorkspaceId workspace, String subjectType, List<Change> changes) {
        List<EngagementsChanged> events = new ArrayList<>();
        for (int from = 0; from < changes.size(); from += MAX_CHANGES) {
            events.add(new EngagementsChanged(
                    workspace, subjectType, changes.subList(from, Math.min(changes.size(), from + MAX_CHANGES))));
        }
        return events;
    }
}
