package io.relance.followup.lost;

import io.relance.followup.FollowUpRule;
import io.relance.followup.FollowUpTasks;
import io.relance.followup.LossRecorded;
import io.relance.followup.NegotiationEnded;
import io.relance.followup.NegotiationId;
import io.relance.followup.RuleTask;
import io.relance.followup.TaskTarget;
import io.relance.followup.TaskType;
import io.relance.followup.WorkingCalendar;
import io.relance.followup.daily.DailyChunks;
import io.relance.followup.daily.DailyWork;
import io.relance.followup.negotiation.NegotiationManagement;
import io.relance.followup.negotiation.NegotiationSettings;
import io.relance.followup.negotiation.NegotiationSettingsStore;
import io.relance.followup.negotiation.NegotiationStatus;
import io.relance.followup.negotiation.Negotiations;
import io.relance.history.HistoryEvent;
import io.relance.history.HistoryManagement;
import io.relance.party.ProspectStatus;
import io.relance.party.ProspectStatuses;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.party.ThirdPartySummary;
import io.relance.shared.Ids;
import io.relance.shared.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily run's time-out: an open negotiation past its limit (the day after started_on + the time limit) is closed
 * as lost with reason {@code TIMED_OUT}, as {@link Losing} closes one by hand: the loss kept, the timeline says so,
 * the status becomes {@code CONTACTED} (a {@code DO_NOT_CONTACT} one keeps its status), its "decide or close" task
 * goes and the owner gets a "call again" task after the pause. Nothing is deleted.
 *
 * <p>Set-based: the workspace's negotiations past their limit are read in one statement; each chunk
 * ({@link DailyChunks}) is closed in one statement that reaches only those still open (the claim: a second run, another
 * node or a run after a crash closes none twice), and its losses, timeline entries, statuses and tasks are written in
 * a few multi-row statements of the same transaction. The settings and the working calendar are read once per run.
 */
@Component
public class NegotiationTimeouts implements DailyWork {

    private final Negotiations negotiations;
    private final NegotiationSettingsStore settings;
    private final ThirdPartyLookup thirdParties;
    private final Losses losses;
    private final HistoryManagement history;
    private final ProspectStatuses statuses;
    private final FollowUpTasks tasks;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    NegotiationTimeouts(
            Negotiations negotiations,
            NegotiationSettingsStore settings,
            ThirdPartyLookup thirdParties,
            Losses losses,
            HistoryManagement history,
            ProspectStatuses statuses,
            FollowUpTasks tasks,
            WorkingCalendar calendar,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.negotiations = negotiations;
        this.settings = settings;
        this.thirdParties = thirdParties;
        this.losses = losses;
        this.history = history;
        this.statuses = statuses;
        this.tasks = tasks;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public String name() {
        return "negotiation-timeouts";
    }

    @Override
    public int run(WorkspaceId ws, LocalDate today) {
        NegotiationSettings s = settings.of(ws);
        LocalDate startedBefore = today.minusDays(s.timeLimitDays());
        LocalDate callAgainOn = calendar.of(ws).onOrAfter(today.plusMonths(s.callAgainMonths()));
        return DailyChunks.run(
                transaction,
                negotiations.pastLimit(ws, startedBefore, null),
                chunk -> negotiations.pastLimit(ws, startedBefore, ids(chunk)),
                chunk -> timeOut(ws, chunk, callAgainOn));
    }

    /** One chunk, in its transaction: closed as lost, then all a loss records; how many were closed. */
    private int timeOut(WorkspaceId ws, List<Negotiations.Due> chunk, LocalDate callAgainOn) {
        Instant now = clock.instant();
        Map<NegotiationId, UUID> lossIds = new LinkedHashMap<>();
        chunk.forEach(n -> lossIds.put(n.id(), Ids.newId()));
        int closed = negotiations.loseAll(ws, lossIds, now);
        if (closed != chunk.size()) {
            throw new DailyChunks.Contended(chunk.size(), closed);
        }
        Map<ThirdPartyId, ThirdPartySummary> live = thirdParties.summaries(
                ws, chunk.stream().map(Negotiations.Due::thirdParty).toList());
        List<Loss> lost = new ArrayList<>();
        List<HistoryEvent> timeline = new ArrayList<>();
        List<String> obsolete = new ArrayList<>();
        List<RuleTask> callAgain = new ArrayList<>();
        for (Negotiations.Due n : chunk) {
            Loss loss =
                    new Loss(lossIds.get(n.id()), n.thirdParty(), n.id(), LostReason.TIMED_OUT, null, null, now, null);
            lost.add(loss);
            obsolete.add(NegotiationManagement.deadlineKey(n.id()));
            ThirdPartySummary tp = live.get(n.thirdParty());
            // a third party deleted meanwhile: the negotiation ends all the same, with nothing to show nor to plan
            if (tp == null) {
                continue;
            }
            timeline.add(Losing.timelineEntry(loss, null, now));
            if (tp.status() != ProspectStatus.DO_NOT_CONTACT) {
                obsolete.add(Losing.callAgainKey(tp.id()));
                callAgain.add(new RuleTask(
                        ws,
                        FollowUpRule.CALL_AGAIN,
                        Losing.callAgainKey(tp.id()),
                        TaskType.CALL,
                        TaskTarget.of(tp.id()),
                        tp.ownerId(),
                        callAgainOn,
                        Losing.CALL_AGAIN_TITLE,
                        null));
            }
        }
        losses.insertAll(ws, lost);
        history.recordAll(ws.value(), timeline);
        statuses.changeAllByRule(ws, live.keySet(), ProspectStatus.CONTACTED, null);
        tasks.cancelAllForRule(ws, obsolete);
        int planned = tasks.openAllForRule(callAgain);
        if (planned != callAgain.size()) {
            // someone planned one of these keys between its cancellation and this insert: the chunk again
            throw new DailyChunks.Contended(callAgain.size(), planned);
        }
        for (Negotiations.Due n : chunk) {
            events.publishEvent(new NegotiationEnded(ws, n.id(), n.thirdParty(), NegotiationStatus.LOST.name(), now));
            events.publishEvent(new LossRecorded(ws, n.thirdParty(), n.id(), LostReason.TIMED_OUT, null, null, now));
        }
        return closed;
    }

    private static List<NegotiationId> ids(List<Negotiations.Due> chunk) {
        return chunk.stream().map(Negotiations.Due::id).toList();
    }
}
