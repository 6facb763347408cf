package io.relance.party;

import io.relance.history.FieldChange;
import io.relance.history.HistoryEvent;
import io.relance.history.HistoryManagement;
import io.relance.history.Target;
import io.relance.party.core.ThirdParties;
import io.relance.party.core.ThirdPartyRecords;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import io.relance.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The prospect status as other modules' rules set it (a lost negotiation makes its third party {@code CONTACTED}):
 * recorded on the timeline like a change by hand and announced ({@link ProspectStatusChanged}). A third party that
 * is {@code DO_NOT_CONTACT} keeps that status: no rule overrides it.
 */
@Service
public class ProspectStatuses {

    private final ThirdParties thirdParties;
    private final WorkspaceManagement workspaces;
    private final HistoryManagement history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProspectStatuses(
            ThirdParties thirdParties,
            WorkspaceManagement workspaces,
            HistoryManagement history,
            ApplicationEventPublisher events,
            Clock clock) {
        this.thirdParties = thirdParties;
        this.workspaces = workspaces;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sets the status of a live third party for a rule, as done by {@code by} (null: by the rule itself); false when
     * nothing changed (the same status, {@code DO_NOT_CONTACT}, deleted or unknown).
     */
    @Transactional
    public boolean changeByRule(WorkspaceId ws, ThirdPartyId id, ProspectStatus status, UserId by) {
        var found = thirdParties.find(ws, id.value()).filter(tp -> !tp.deleted());
        if (found.isEmpty() || found.get().status() == ProspectStatus.DO_NOT_CONTACT) {
            return false;
        }
        var tp = found.get();
        long version = tp.version();
        ProspectStatus before = tp.status();
        Instant now = clock.instant();
        var change = tp.changeStatus(status, now);
        if (change == null) {
            return false;
        }
        thirdParties.update(ws, tp, tp.searchText(workspaces.workspace(ws).country()), version);
        ThirdPartyRecords.changeEvents(
                        ThirdPartyRecords.target(tp), by == null ? null : by.value(), List.of(change), now)
                .forEach(e -> history.record(ws.value(), e));
        events.publishEvent(new ProspectStatusChanged(ws, id, before, status));
        return true;
    }

    /**
     * As {@link #changeByRule} for many third parties at once (a daily run's chunk), set-based: their statuses read
     * and locked in one statement, changed in one (and their tag links in one), the timeline entries written in one;
     * each change announced. Answers the third parties whose status changed.
     */
    @Transactional
    public List<ThirdPartyId> changeAllByRule(
            WorkspaceId ws, Collection<ThirdPartyId> ids, ProspectStatus status, UserId by) {
        Map<UUID, ProspectStatus> before = thirdParties.lockStatuses(
                ws, ids.stream().map(ThirdPartyId::value).toList());
        List<UUID> changing = before.entrySet().stream()
                .filter(e -> e.getValue() != ProspectStatus.DO_NOT_CONTACT && e.getValue() != status)
                .map(Map.Entry::getKey)
                .toList();
        if (changing.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        thirdParties.setStatus(ws, changing, status, now);
        List<HistoryEvent> timeline = new ArrayList<>();
        for (UUID id : changing) {
            timeline.addAll(ThirdPartyRecords.changeEvents(
                    Target.thirdParty(id),
                    by == null ? null : by.value(),
                    List.of(new FieldChange("status", before.get(id).name(), status.name())),
                    now));
        }
        history.recordAll(ws.value(), timeline);
        List<ThirdPartyId> changed = new ArrayList<>();
        for (UUID id : changing) {
            changed.add(new ThirdPartyId(id));
            events.publishEvent(new ProspectStatusChanged(ws, new ThirdPartyId(id), before.get(id), status));
        }
        return changed;
    }
}
