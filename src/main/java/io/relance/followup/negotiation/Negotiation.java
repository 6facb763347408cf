package io.relance.followup.negotiation;

import io.relance.followup.NegotiationEnded;
import io.relance.followup.NegotiationId;
import io.relance.followup.NegotiationStarted;
import io.relance.party.ThirdPartyId;
import io.relance.shared.Ids;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A negotiation with a third party: open from its start until an agreement or a loss, within the workspace's time
 * limit (counted in days from {@link #startedOn}). Each transition checks it is still open and registers its event;
 * {@link Negotiations} saves it and the use case publishes what it registered.
 */
public final class Negotiation {

    private final WorkspaceId workspace;
    private final NegotiationId id;
    private final long version;
    private final ThirdPartyId thirdParty;
    private NegotiationStatus status;
    private final NegotiationTrigger trigger;
    private final Instant startedAt;
    private final LocalDate startedOn;
    private final UUID quoteId;
    private final LocalDate warnedOn;
    private Instant endedAt;
    private UserId endedBy;
    private UUID lossId;
    private final List<Object> events = new ArrayList<>();

    Negotiation(
            WorkspaceId workspace,
            NegotiationId id,
            long version,
            ThirdPartyId thirdParty,
            NegotiationStatus status,
            NegotiationTrigger trigger,
            Instant startedAt,
            LocalDate startedOn,
            UUID quoteId,
            LocalDate warnedOn,
            Instant endedAt,
            UserId endedBy,
            UUID lossId) {
        this.workspace = workspace;
        this.id = id;
        this.version = version;
        this.thirdParty = thirdParty;
        this.status = status;
        this.trigger = trigger;
        this.startedAt = startedAt;
        this.startedOn = startedOn;
        this.quoteId = quoteId;
        this.warnedOn = warnedOn;
        this.endedAt = endedAt;
        this.endedBy = endedBy;
        this.lossId = lossId;
    }

    /** A negotiation starts now ({@code today} is the workspace's date), optionally about a quote sent. */
    public static Negotiation start(
            WorkspaceId ws,
            ThirdPartyId thirdParty,
            NegotiationTrigger trigger,
            UUID quoteId,
            Instant now,
            LocalDate today) {
        Negotiation n = new Negotiation(
                ws,
                new NegotiationId(Ids.newId()),
                0,
                thirdParty,
                NegotiationStatus.OPEN,
                trigger,
                now,
                today,
                quoteId,
                null,
                null,
                null,
                null);
        n.events.add(new NegotiationStarted(ws, n.id, thirdParty, trigger.name(), now));
        return n;
    }

    /** The last day of the negotiation under a time limit of {@code days}: past it, it times out. */
    public LocalDate limit(int days) {
        return startedOn.plusDays(days);
    }

    /** An agreement: a quote accepted, the third party made a customer. */
    public void agree(UserId by, Instant now) {
        requireOpen();
        status = NegotiationStatus.AGREED;
        endedAt = now;
        endedBy = by;
        events.add(new NegotiationEnded(workspace, id, thirdParty, status.name(), now));
    }

    /** Lost, recorded as the loss {@code loss} ({@code by} null: timed out by the daily run). */
    public void lose(UUID loss, UserId by, Instant now) {
        requireOpen();
        status = NegotiationStatus.LOST;
        endedAt = now;
        endedBy = by;
        lossId = loss;
        events.add(new NegotiationEnded(workspace, id, thirdParty, status.name(), now));
    }

    public boolean open() {
        return status == NegotiationStatus.OPEN;
    }

    private void requireOpen() {
        if (!open()) {
            throw new IllegalStateException("Negotiation " + id + " is " + status + ", no longer open");
        }
    }

    public List<Object> takeEvents() {
        List<Object> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    public WorkspaceId workspace() {
        return workspace;
    }

    public NegotiationId id() {
        return id;
    }

    public long version() {
        return version;
    }

    public ThirdPartyId thirdParty() {
        return thirdParty;
    }

    public NegotiationStatus status() {
        return status;
    }

    public NegotiationTrigger trigger() {
        return trigger;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public UUID quoteId() {
        return quoteId;
    }

    public LocalDate warnedOn() {
        return warnedOn;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public UserId endedBy() {
        return endedBy;
    }

    public UUID lossId() {
        return lossId;
    }
}
