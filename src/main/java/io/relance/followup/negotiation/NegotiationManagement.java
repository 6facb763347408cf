package io.relance.followup.negotiation;

import io.relance.followup.FollowUpTasks;
import io.relance.followup.NegotiationId;
import io.relance.followup.WorkingCalendar;
import io.relance.party.ProspectStatus;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.party.ThirdPartySummary;
import io.relance.shared.ForbiddenException;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts and ends negotiations: one open per third party, started by what shows one has begun (see
 * {@link NegotiationTrigger}), ended by an agreement or a loss. Starting when one is open, or ending when none is,
 * changes nothing: the reactions that call this may run twice.
 */
@Service
public class NegotiationManagement {

    private final Negotiations negotiations;
    private final NegotiationSettingsStore settings;
    private final ThirdPartyLookup thirdParties;
    private final WorkingCalendar calendar;
    private final FollowUpTasks tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NegotiationManagement(
            Negotiations negotiations,
            NegotiationSettingsStore settings,
            ThirdPartyLookup thirdParties,
            WorkingCalendar calendar,
            FollowUpTasks tasks,
            ApplicationEventPublisher events,
            Clock clock) {
        this.negotiations = negotiations;
        this.settings = settings;
        this.thirdParties = thirdParties;
        this.calendar = calendar;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    /** The rule key of a negotiation's "decide or close" task. */
    public static String deadlineKey(NegotiationId id) {
        return "negotiation:" + id;
    }

    /**
     * Starts a negotiation with a live third party unless one is open: an outbound contact starts one only with a
     * prospect that may be contacted. Answers the one started, empty when none was.
     */
    @Transactional
    public Optional<NegotiationId> start(
            WorkspaceId ws, ThirdPartyId thirdParty, NegotiationTrigger trigger, UUID quoteId) {
        Optional<ThirdPartySummary> found = thirdParties.find(ws, thirdParty);
        if (found.isEmpty() || negotiations.openOf(ws, thirdParty).isPresent()) {
            return Optional.empty();
        }
        ThirdPartySummary tp = found.get();
        if (trigger == NegotiationTrigger.CONTACT && (!tp.prospect() || tp.status() == ProspectStatus.DO_NOT_CONTACT)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Negotiation n = Negotiation.start(ws, thirdParty, trigger, quoteId, now, calendar.today(ws));
        if (!negotiations.insert(n)) {
            return Optional.empty(); // another started one at the same time
        }
        n.takeEvents().forEach(events::publishEvent);
        return Optional.of(n.id());
    }

    /**
     * Ends the third party's open negotiation with an agreement; false when none was open, or when another reaction
     * to the same sale (a quote accepted, a sale won, a customer made) ended it at the same time.
     */
    @Transactional
    public boolean agree(WorkspaceId ws, ThirdPartyId thirdParty, UserId by) {
        Optional<Negotiation> open = negotiations.openOf(ws, thirdParty);
        if (open.isEmpty()) {
            return false;
        }
        Negotiation n = open.get();
        n.agree(by, clock.instant());
        if (!negotiations.updateIfCurrent(n)) {
            return false;
        }
        tasks.cancelForRule(ws, deadlineKey(n.id()));
        n.takeEvents().forEach(events::publishEvent);
        return true;
    }

    /**
     * Closes the third party's open negotiation as lost, recorded as the loss {@code lossId}; the negotiation closed,
     * empty when none was open.
     */
    @Transactional
    public Optional<NegotiationId> lose(WorkspaceId ws, ThirdPartyId thirdParty, UUID lossId, UserId by) {
        Optional<Negotiation> open = negotiations.openOf(ws, thirdParty);
        open.ifPresent(n -> {
            n.lose(lossId, by, clock.instant());
            negotiations.update(n);
            tasks.cancelForRule(ws, deadlineKey(n.id()));
            n.takeEvents().forEach(events::publishEvent);
        });
        return open.map(Negotiation::id);
    }

    /** The negotiations of a third party the user may see, newest first; not found when out of his reach. */
    @Transactional(readOnly = true)
    public List<Negotiation> of(RelanceUser me, ThirdPartyId thirdParty) {
        thirdParties.find(me, thirdParty).orElseThrow(NotFoundException::new);
        return negotiations.of(me.workspaceId(), thirdParty);
    }

    /** The third party's open negotiation, if any. */
    @Transactional(readOnly = true)
    public Optional<Negotiation> openOf(WorkspaceId ws, ThirdPartyId thirdParty) {
        return negotiations.openOf(ws, thirdParty);
    }

    /** The workspace's numbers for negotiations (the defaults until an admin saves). */
    @Transactional(readOnly = true)
    public NegotiationSettings settings(WorkspaceId ws) {
        return settings.of(ws);
    }

    /** Changes the workspace's numbers (admins), with the version read; a stale one is a 409. */
    @Transactional
    public NegotiationSettings changeSettings(RelanceUser me, NegotiationSettings changed) {
        if (!me.isAdmin()) {
            throw new ForbiddenException();
        }
        return settings.save(me.workspaceId(), changed);
    }
}
