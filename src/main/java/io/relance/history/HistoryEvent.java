package io.relance.history;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One entry of a timeline. {@code kind} is an {@link EntryType}'s key, owned by the module that recorded it.
 * The entry belongs to its {@code target} and shows on the timelines of its {@code links} too (a quote's
 * "opened" on the quote and on its third party). {@code body} is sanitised HTML (notes); {@code snapshot} keeps a
 * merged record.
 */
public record HistoryEvent(
        UUID id,
        Target target,
        String kind,
        Direction direction,
        String summary,
        String body,
        String outcome,
        List<FieldChange> changes,
        Map<String, Object> snapshot,
        UUID actorId,
        Instant occurredAt,
        Instant recordedAt,
        List<Target> links) {

    public HistoryEvent {
        changes = changes == null ? List.of() : List.copyOf(changes);
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** An event to record, as the recording module describes it. */
    public static HistoryEvent of(Target target, String kind, String summary, UUID actorId, Instant at) {
        return new HistoryEvent(
                null, target, kind, null, summary, null, null, List.of(), Map.of(), actorId, at, at, List.of());
    }

    public HistoryEvent withChanges(List<FieldChange> newChanges) {
        return with(newChanges, snapshot, links);
    }

    public HistoryEvent withSnapshot(Map<String, Object> newSnapshot) {
        return with(changes, newSnapshot, links);
    }

    /** The same entry, shown also on these records' timelines. */
    public HistoryEvent alsoOn(Target... others) {
        return with(changes, snapshot, List.of(others));
    }

    private HistoryEvent with(List<FieldChange> newChanges, Map<String, Object> newSnapshot, List<Target> newLinks) {
        return new HistoryEvent(
                id,
                target,
                kind,
                direction,
                summary,
                body,
                outcome,
                newChanges,
                newSnapshot,
                actorId,
                occurredAt,
                recordedAt,
                newLinks);
    }
}
