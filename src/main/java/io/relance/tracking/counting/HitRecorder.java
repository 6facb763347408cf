package io.relance.tracking.counting;

import io.relance.shared.Hashes;
import io.relance.shared.Ids;
import io.relance.tracking.HitFacts;
import io.relance.tracking.TrackedLink;
import io.relance.tracking.link.Links;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Records a fetch of a link: one small insert, classified by the counting policy; it counts nothing. */
@Component
public class HitRecorder {

    private static final int LONGEST_USER_AGENT = 400;

    private final VisitsStore store;
    private final Links links;
    private final CountingPolicy policy;
    private final Clock clock;

    HitRecorder(VisitsStore store, Links links, CountingPolicy policy, Clock clock) {
        this.store = store;
        this.links = links;
        this.policy = policy;
        this.clock = clock;
    }

    public UUID hit(TrackedLink link, HitFacts facts, boolean internal) {
        Instant now = clock.instant();
        String method = facts.method() == null ? "GET" : facts.method();
        String userAgent = facts.userAgent();
        if (userAgent != null && userAgent.length() > LONGEST_USER_AGENT) {
            userAgent = userAgent.substring(0, LONGEST_USER_AGENT);
        }
        Instant sentAt = links.sentAt(link.workspace(), link.linkId()).orElse(null);
        VisitStatus status = policy.classifyHit(method, userAgent, internal, sentAt, now);
        String addressHash =
                facts.address() == null ? null : Hashes.sha256Hex(link.workspace() + "|" + facts.address());
        Visit visit = new Visit(
                Ids.newId(),
                link.linkId(),
                link.subjectType(),
                link.subjectId(),
                now,
                userAgent,
                addressHash,
                status,
                null,
                0,
                false,
                null,
                null,
                0);
        store.insert(link.workspace(), visit, method.length() > 8 ? method.substring(0, 8) : method);
        return visit.id;
    }
}
