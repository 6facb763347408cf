package io.relance.tracking.counting;

import io.relance.shared.Hashes;
import io.relance.shared.Ids;
import io.relance.shared.WorkspaceId;
import io.relance.tracking.HitFacts;
import io.relance.tracking.TrackedLink;
import io.relance.tracking.link.Links;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Classifies fetches of a link by the counting policy and writes them as visits: one, or a batch's. */
@Component
class HitWriter {

    private static final int LONGEST_USER_AGENT = 400;

    /** A fetch of a link, its visit id already chosen. */
    record Hit(UUID visitId, String method, String userAgent, String addressHash, boolean internal) {

        static Hit of(TrackedLink link, HitFacts facts, boolean internal) {
            String method = facts.method() == null ? "GET" : facts.method();
            String userAgent = facts.userAgent();
            if (userAgent != null && userAgent.length() > LONGEST_USER_AGENT) {
                userAgent = userAgent.substring(0, LONGEST_USER_AGENT);
            }
            String addressHash =
                    facts.address() == null ? null : Hashes.sha256Hex(link.workspace() + "|" + facts.address());
            return new Hit(
                    Ids.newId(),
                    method.length() > 8 ? method.substring(0, 8) : method,
                    userAgent,
                    addressHash,
                    internal);
        }
    }

    private final VisitsStore store;
    private final Links links;
    private final CountingPolicy policy;

    HitWriter(VisitsStore store, Links links, CountingPolicy policy) {
        this.store = store;
        this.links = links;
        this.policy = policy;
    }

    /** Writes one fetch now. */
    void write(TrackedLink link, Hit hit, Instant at) {
        Instant sentAt = links.sentAt(link.workspace(), link.linkId()).orElse(null);
        store.insert(link.workspace(), visit(link, hit, sentAt, at), hit.method());
    }

    /** Writes the fetches a batch took (one workspace), each classified as at the time it came. */
    void write(WorkspaceId ws, List<EventRecorder.Accepted> hits) {
        if (hits.isEmpty()) {
            return;
        }
        Collection<UUID> linkIds =
                hits.stream().map(a -> a.link().linkId()).distinct().toList();
        Map<UUID, Instant> sent = links.sentAt(ws, linkIds);
        List<VisitsStore.NewVisit> rows = new ArrayList<>();
        for (EventRecorder.Accepted a : hits) {
            rows.add(new VisitsStore.NewVisit(
                    visit(a.link(), a.hit(), sent.get(a.link().linkId()), a.at()),
                    a.hit().method()));
        }
        store.insertAll(ws, rows);
    }

    private Visit visit(TrackedLink link, Hit hit, Instant sentAt, Instant at) {
        VisitStatus status = policy.classifyHit(hit.method(), hit.userAgent(), hit.internal(), sentAt, at);
        return Visit.fetched(
                hit.visitId(),
                link.linkId(),
                link.subjectType(),
                link.subjectId(),
                at,
                hit.userAgent(),
                hit.addressHash(),
                status);
    }
}
