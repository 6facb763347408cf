package io.relance.tracking.counting;

import io.relance.shared.DatabaseKind;
import io.relance.shared.WorkspaceId;
import io.relance.tracking.LinksOpened;
import io.relance.tracking.TrackedLink;
import io.relance.tracking.engagement.EngagementStore;
import io.relance.tracking.engagement.SubjectKey;
import io.relance.workspace.WorkspaceManagement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Applies a batch of one workspace's page events, in the order they came, in one transaction (the caller's): loads
 * their visits and the devices' recent opens, lets the {@link CountingPolicy} decide, writes visits and opens
 * back in batches, refreshes the touched subjects' engagement and publishes the batch's opens as a set
 * ({@link LinksOpened}: one event per subject type, not one per open, so that their reactions are set-based too).
 */
@Component
class EventRecorder {

    /** An event accepted by the endpoint for a link, or a fetch of the link's page ({@code hit}), at the time it came. */
    record Accepted(TrackedLink link, PageEvent event, Instant at, HitWriter.Hit hit) {

        static Accepted event(TrackedLink link, PageEvent event, Instant at) {
            return new Accepted(link, event, at, null);
        }

        static Accepted hit(TrackedLink link, HitWriter.Hit hit, Instant at) {
            return new Accepted(link, null, at, hit);
        }
    }

    private final VisitsStore store;
    private final EngagementStore engagement;
    private final CountingPolicy policy;
    private final WorkspaceManagement workspaces;
    private final ApplicationEventPublisher events;
    private final HitWriter hits;
    private final DatabaseKind database;

    EventRecorder(
            HitWriter hits,
            VisitsStore store,
            EngagementStore engagement,
            CountingPolicy policy,
            WorkspaceManagement workspaces,
            ApplicationEventPublisher events,
            DatabaseKind database) {
        this.store = store;
        this.engagement = engagement;
        this.policy = policy;
        this.workspaces = workspaces;
        this.events = events;
        this.hits = hits;
        this.database = database;
    }

    /** Writes the batch's fetches (visits), then applies its events: a page's events always come after its fetch. */
    void record(WorkspaceId ws, List<Accepted> taken) {
        List<Accepted> fetches = new ArrayList<>();
        List<Accepted> batch = new ArrayList<>(taken.size());
        taken.forEach(a -> (a.hit() != null ? fetches : batch).add(a));
        hits.write(ws, fetches);
        if (!batch.isEmpty()) {
            recordEvents(ws, batch);
        }
    }

    private void recordEvents(WorkspaceId ws, List<Accepted> batch) {
        Set<UUID> ids = new LinkedHashSet<>();
        batch.forEach(a -> ids.add(a.event().visitId()));
        Map<UUID, Visit> visits = store.load(ws, ids);
        Map<String, RecentOpen> recent = recentOpens(ws, batch, visits);
        ZoneId zone = workspaces.workspace(ws).zone();

        Map<UUID, Visit> changed = new LinkedHashMap<>();
        List<VisitsStore.NewOpen> opened = new ArrayList<>();
        Map<UUID, Instant> touched = new HashMap<>();
        Set<SubjectKey> subjects = new LinkedHashSet<>();
        for (Accepted a : batch) {
            Visit v = visits.get(a.event().visitId());
            if (v == null || !v.linkId.equals(a.link().linkId())) {
                continue; // no such visit of this link: a forged or stale report changes nothing
            }
            String device = CountingPolicy.deviceOf(a.event().device(), v);
            String key = VisitsStore.deviceKey(v.subjectType, v.subjectId, v.device != null ? v.device : device);
            CountingPolicy.Outcome outcome = policy.apply(v, a.event(), a.at(), recent.get(key));
            changed.put(v.id, v);
            SubjectKey subject = new SubjectKey(v.subjectType, v.subjectId);
            switch (outcome) {
                case OPENED -> {
                    opened.add(new VisitsStore.NewOpen(
                            v.id,
                            v.subjectType,
                            v.subjectId,
                            v.device,
                            a.at(),
                            a.at().atZone(zone).toLocalDate()));
                    recent.put(key, new RecentOpen(v.id, a.at()));
                    subjects.add(subject);
                }
                case JOINED, EXTENDED -> {
                    touched.merge(v.openId, a.at(), (x, y) -> x.isAfter(y) ? x : y);
                    recent.put(key, new RecentOpen(v.openId, a.at()));
                    subjects.add(subject);
                }
                case NOTHING -> {}
            }
        }
        store.update(ws, changed.values());
        store.insertOpens(ws, opened);
        opened.forEach(o -> touched.remove(o.id()));
        store.touchOpens(ws, touched);
        if (subjects.isEmpty()) {
            return;
        }
        Map<SubjectKey, Integer> opensBefore = engagement.refresh(ws, subjects);
        Set<SubjectKey> seen = new LinkedHashSet<>();
        Map<String, List<LinksOpened.Open>> byType = new LinkedHashMap<>();
        for (VisitsStore.NewOpen o : opened) {
            SubjectKey s = new SubjectKey(o.subjectType(), o.subjectId());
            boolean first = seen.add(s) && opensBefore.getOrDefault(s, 0) == 0;
            byType.computeIfAbsent(o.subjectType(), t -> new ArrayList<>())
                    .add(new LinksOpened.Open(o.subjectId(), first, o.at()));
        }
        int max = LinksOpened.maxOpens(database.postgres());
        byType.forEach((type, opens) -> LinksOpened.of(ws, type, opens, max).forEach(events::publishEvent));
    }

    private Map<String, RecentOpen> recentOpens(WorkspaceId ws, List<Accepted> batch, Map<UUID, Visit> visits) {
        Map<String, Set<UUID>> subjectsByType = new HashMap<>();
        Instant earliest = null;
        for (Accepted a : batch) {
            Visit v = visits.get(a.event().visitId());
            if (v != null && !v.status.counted() && !v.status.settled()) {
                subjectsByType
                        .computeIfAbsent(v.subjectType, t -> new LinkedHashSet<>())
                        .add(v.subjectId);
                earliest = earliest == null || a.at().isBefore(earliest) ? a.at() : earliest;
            }
        }
        Map<String, RecentOpen> recent = new HashMap<>();
        if (earliest != null) {
            Instant since = earliest.minus(policy.sameOpenWindow);
            subjectsByType.forEach((type, subjects) -> recent.putAll(store.recentOpens(ws, type, subjects, since)));
        }
        return recent;
    }
}
