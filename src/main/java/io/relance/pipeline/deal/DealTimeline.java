package io.relance.pipeline.deal;

import io.relance.history.HistoryEvent;
import io.relance.history.HistoryManagement;
import io.relance.history.Target;
import io.relance.pipeline.DealActionType;
import io.relance.pipeline.PipelineEntryTypes;
import io.relance.pipeline.phase.Phase;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Writes a deal's entries: on the deal's timeline, shown on its third party's and, when it has one, its object's
 * (one entry, several records). A move keeps the labels of both phases as they were, in the four languages.
 */
@Component
class DealTimeline {

    private final HistoryManagement history;

    DealTimeline(HistoryManagement history) {
        this.history = history;
    }

    void opened(WorkspaceId ws, Deal deal, Phase phase, UserId by) {
        Map<String, Object> snapshot = snapshot(deal);
        snapshot.put("to", phase.labels());
        record(
                ws,
                deal,
                HistoryEvent.of(
                                PipelineEntryTypes.target(deal.id()),
                                PipelineEntryTypes.OPENED,
                                null,
                                id(by),
                                deal.createdAt())
                        .withSnapshot(snapshot));
    }

    /** "Who moved it from which phase to which" (and why: a note typed, or the action that moved it). */
    void moved(
            WorkspaceId ws,
            Deal deal,
            Phase from,
            Phase to,
            String note,
            DealActionType action,
            UserId by,
            Instant at) {
        Map<String, Object> snapshot = snapshot(deal);
        if (from != null) {
            snapshot.put("from", from.labels());
        }
        snapshot.put("to", to.labels());
        if (action != null) {
            snapshot.put("action", action.name());
        }
        record(
                ws,
                deal,
                HistoryEvent.of(PipelineEntryTypes.target(deal.id()), PipelineEntryTypes.MOVED, note, id(by), at)
                        .withSnapshot(snapshot));
    }

    /** An action logged on the deal: its entry. */
    HistoryEvent action(WorkspaceId ws, Deal deal, DealActionType type, String summary, UserId by, Instant at) {
        return record(
                ws,
                deal,
                HistoryEvent.of(PipelineEntryTypes.target(deal.id()), type.entryType(), summary, id(by), at)
                        .withSnapshot(snapshot(deal)));
    }

    private HistoryEvent record(WorkspaceId ws, Deal deal, HistoryEvent event) {
        List<Target> links = new ArrayList<>();
        links.add(Target.thirdParty(deal.thirdPartyId().value()));
        if (deal.objectId() != null) {
            links.add(new Target(PipelineEntryTypes.OBJECT_TARGET, deal.objectId()));
        }
        return history.record(ws.value(), event.alsoOn(links.toArray(Target[]::new)));
    }

    private static Map<String, Object> snapshot(Deal deal) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("dealId", deal.id().value().toString());
        snapshot.put("pipeline", deal.pipeline());
        return snapshot;
    }

    private static java.util.UUID id(UserId by) {
        return by == null ? null : by.value();
    }
}
