package io.relance.history;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One entry of a timeline. {@code body} is sanitised HTML (notes); {@code snapshot} keeps a merged record. */
public record HistoryEvent(
        UUID id,
        Target target,
        EventKind kind,
        Direction direction,
        String summary,
        String body,
        String outcome,
        List<FieldChange> changes,
        Map<String, Object> snapshot,
        UUID actorId,
        Instant occurredAt,
        Instant recordedAt) {

    /** An event to record, as the recording module describes it. */
    public static HistoryEvent of(Target target, EventKind kind, String summary, UUID actorId, Instant at) {
        return new HistoryEvent(null, target, kind, null, summary, null, null, List.of(), Map.of(), actorId, at, at);
    }

    public HistoryEvent withChanges(List<FieldChange> newChanges) {
        return new HistoryEvent(
                id,
                target,
                kind,
                direction,
                summary,
                body,
                outcome,
                List.copyOf(newChanges),
                snapshot,
                actorId,
                occurredAt,
                recordedAt);
    }

    public HistoryEvent withSnapshot(Map<String, Object> newSnapshot) {
        return new HistoryEvent(
                id,
                target,
                kind,
                direction,
                summary,
                body,
                outcome,
                changes,
                newSnapshot,
                actorId,
                occurredAt,
                recordedAt);
    }
}
