package io.relance.followup.lost;

import io.relance.followup.FollowUpRule;
import io.relance.followup.FollowUpTasks;
import io.relance.followup.LossRecorded;
import io.relance.followup.NegotiationId;
import io.relance.followup.RuleTask;
import io.relance.followup.TaskTarget;
import io.relance.followup.TaskType;
import io.relance.followup.WorkingCalendar;
import io.relance.followup.negotiation.NegotiationManagement;
import io.relance.history.HistoryEvent;
import io.relance.history.HistoryManagement;
import io.relance.history.Target;
import io.relance.party.ProspectStatus;
import io.relance.party.ProspectStatuses;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.party.ThirdPartySummary;
import io.relance.shared.FieldProblem;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.Text;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing as lost: the third party's open negotiation ends (or, with none open, the loss alone is recorded: a customer
 * who leaves), the loss is kept with its reason, the timeline says so, the prospect status becomes {@code CONTACTED}
 * (a {@code DO_NOT_CONTACT} one keeps its status), and the owner gets a "call again" task after the workspace's pause
 * (none for a third party not to be contacted). The daily run's time-out is the same loss with reason
 * {@code TIMED_OUT}.
 */
@Service
public class Losing {

    /** The rule key of a third party's "call again" task. */
    public static String callAgainKey(ThirdPartyId thirdParty) {
        return "call-again:" + thirdParty;
    }

    static final String CALL_AGAIN_TITLE = "followup.task.title.call-again";

    /** What someone asks: a reason key, the competitor (for COMPETITOR), a comment (required for OTHER). */
    public record LoseRequest(String reason, String competitor, String comment) {}

    private final LostReasonManagement reasons;
    private final Losses losses;
    private final NegotiationManagement negotiations;
    private final ThirdPartyLookup thirdParties;
    private final ProspectStatuses statuses;
    private final HistoryManagement history;
    private final FollowUpTasks tasks;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Losing(
            LostReasonManagement reasons,
            Losses losses,
            NegotiationManagement negotiations,
            ThirdPartyLookup thirdParties,
            ProspectStatuses statuses,
            HistoryManagement history,
            FollowUpTasks tasks,
            WorkingCalendar calendar,
            ApplicationEventPublisher events,
            Clock clock) {
        this.reasons = reasons;
        this.losses = losses;
        this.negotiations = negotiations;
        this.thirdParties = thirdParties;
        this.statuses = statuses;
        this.history = history;
        this.tasks = tasks;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    /** Closes a third party the user may see as lost, for a reason of the workspace's list; the loss recorded. */
    @Transactional
    public Loss lose(RelanceUser me, ThirdPartyId id, LoseRequest request) {
        ThirdPartySummary tp = thirdParties.find(me, id).orElseThrow(NotFoundException::new);
        List<FieldProblem> problems = new ArrayList<>();
        String reasonKey = Text.clean(request == null ? null : request.reason());
        Optional<LostReason> reason = Optional.empty();
        if (reasonKey == null) {
            problems.add(new FieldProblem("reason", "validation.required"));
        } else {
            reason = reasons.offered(me.workspaceId()).stream()
                    .filter(r -> r.key().equals(reasonKey))
                    .findFirst();
            if (reason.isEmpty()) {
                problems.add(new FieldProblem("reason", "followup.lost.reason.unknown"));
            }
        }
        LostReasonNeeds needs = reason.map(LostReason::needs).orElse(LostReasonNeeds.NOTHING);
        String competitor = Text.clean("competitor", request == null ? null : request.competitor(), 100, problems);
        String comment = Text.clean("comment", request == null ? null : request.comment(), 1000, problems);
        if (needs == LostReasonNeeds.COMPETITOR && competitor == null) {
            problems.add(new FieldProblem("competitor", "followup.lost.competitor.required"));
        }
        if (needs == LostReasonNeeds.COMMENT && comment == null) {
            problems.add(new FieldProblem("comment", "followup.lost.comment.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LostReason chosen = reason.orElseThrow();
        return record(
                me.workspaceId(),
                tp,
                chosen.key(),
                chosen.builtIn() ? null : chosen.label(),
                needs == LostReasonNeeds.COMPETITOR ? competitor : null,
                comment,
                me.userId());
    }

    /** The losses of a third party the user may see, newest first; not found when out of his reach. */
    @Transactional(readOnly = true)
    public List<Loss> lossesOf(RelanceUser me, ThirdPartyId id) {
        thirdParties.find(me, id).orElseThrow(NotFoundException::new);
        return losses.of(me.workspaceId(), id);
    }

    /** The loss's entry on its third party's timeline (the reason, its label, competitor, comment, negotiation). */
    static HistoryEvent timelineEntry(Loss loss, String customLabel, Instant now) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("reason", loss.reason());
        if (customLabel != null) {
            snapshot.put("label", customLabel);
        }
        if (loss.competitor() != null) {
            snapshot.put("competitor", loss.competitor());
        }
        if (loss.comment() != null) {
            snapshot.put("comment", loss.comment());
        }
        if (loss.negotiation() != null) {
            snapshot.put("negotiationId", loss.negotiation().toString());
        }
        return HistoryEvent.of(
                        Target.thirdParty(loss.thirdParty().value()),
                        LossEntryTypes.LOST,
                        customLabel != null ? customLabel : loss.reason(),
                        loss.by() == null ? null : loss.by().value(),
                        now)
                .withSnapshot(snapshot);
    }

    private Loss record(
            WorkspaceId ws,
            ThirdPartySummary tp,
            String reason,
            String customLabel,
            String competitor,
            String comment,
            UserId by) {
        Instant now = clock.instant();
        UUID lossId = Ids.newId();
        NegotiationId closed = negotiations.lose(ws, tp.id(), lossId, by).orElse(null);
        Loss loss = new Loss(lossId, tp.id(), closed, reason, competitor, comment, now, by);
        losses.insert(ws, loss);
        history.record(ws.value(), timelineEntry(loss, customLabel, now));
        statuses.changeByRule(ws, tp.id(), ProspectStatus.CONTACTED, by);
        if (tp.status() != ProspectStatus.DO_NOT_CONTACT) {
            var settings = negotiations.settings(ws);
            var due = calendar.of(ws).onOrAfter(calendar.today(ws).plusMonths(settings.callAgainMonths()));
            tasks.replaceForRule(new RuleTask(
                    ws,
                    FollowUpRule.CALL_AGAIN,
                    callAgainKey(tp.id()),
                    TaskType.CALL,
                    TaskTarget.of(tp.id()),
                    tp.ownerId(),
                    due,
                    CALL_AGAIN_TITLE,
                    null));
        }
        events.publishEvent(new LossRecorded(ws, tp.id(), closed, reason, competitor, by, now));
        return loss;
    }
}
