package io.relance.tracking.counting;

import java.time.Instant;
import java.util.UUID;

/** A visit as the counting policy changes it (one fetch of the page and its script's reports). */
public final class Visit {

    final UUID id;
    final UUID linkId;
    final String subjectType;
    final UUID subjectId;
    final Instant startedAt;
    final String userAgent;
    final String addressHash;
    final long version;
    VisitStatus status;
    String device;
    long visibleMs;
    boolean interacted;
    Instant lastEventAt;
    UUID openId;

    public Visit(
            UUID id,
            UUID linkId,
            String subjectType,
            UUID subjectId,
            Instant startedAt,
            String userAgent,
            String addressHash,
            VisitStatus status,
            String device,
            long visibleMs,
            boolean interacted,
            Instant lastEventAt,
            UUID openId,
            long version) {
        this.id = id;
        this.linkId = linkId;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.startedAt = startedAt;
        this.userAgent = userAgent;
        this.addressHash = addressHash;
        this.status = status;
        this.device = device;
        this.visibleMs = visibleMs;
        this.interacted = interacted;
        this.lastEventAt = lastEventAt;
        this.openId = openId;
        this.version = version;
    }

    /** A fetch of the link's page, before any event of its script. */
    static Visit fetched(
            UUID id,
            UUID linkId,
            String subjectType,
            UUID subjectId,
            Instant at,
            String userAgent,
            String addressHash,
            VisitStatus status) {
        return new Visit(
                id, linkId, subjectType, subjectId, at, userAgent, addressHash, status, null, 0, false, null, null, 0);
    }

    public UUID id() {
        return id;
    }

    public VisitStatus status() {
        return status;
    }

    public String device() {
        return device;
    }

    public long visibleMs() {
        return visibleMs;
    }

    public boolean interacted() {
        return interacted;
    }

    public UUID openId() {
        return openId;
    }
}
