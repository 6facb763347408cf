package io.relance.pipeline.deal;

import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.party.ThirdPartySummary;
import io.relance.pipeline.DealActionLogged;
import io.relance.pipeline.DealActionType;
import io.relance.pipeline.DealId;
import io.relance.pipeline.DealOpened;
import io.relance.pipeline.DealPhaseMoved;
import io.relance.pipeline.DealRef;
import io.relance.pipeline.phase.Phase;
import io.relance.pipeline.phase.Pipeline;
import io.relance.pipeline.phase.PipelineManagement;
import io.relance.shared.FieldProblem;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.Money;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.Text;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deals: opened on a third party the user may see, read and changed by those who may see it (anyone else gets a 404),
 * moved by hand (a note on the timeline says who moved it from which phase to which) or by the actions logged on
 * them ({@link PhaseProgression}), or to the phase the person picks with the action.
 */
@Service
public class DealManagement {

    /** One deal, its pipeline and its phase now. */
    public record DealDetails(Deal deal, Pipeline pipeline, Phase phase, ThirdPartySummary thirdParty) {}

    private final StoredDeals deals;
    private final PipelineManagement pipelines;
    private final ThirdPartyLookup parties;
    private final DealTimeline timeline;
    private final DealInputChecks checks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DealManagement(
            StoredDeals deals,
            PipelineManagement pipelines,
            ThirdPartyLookup parties,
            DealTimeline timeline,
            DealInputChecks checks,
            ApplicationEventPublisher events,
            Clock clock) {
        this.deals = deals;
        this.pipelines = pipelines;
        this.parties = parties;
        this.timeline = timeline;
        this.checks = checks;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public DealDetails create(RelanceUser me, NewDeal input) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Pipeline> pipeline = pipelines.find(me.workspaceId(), Text.clean(input.pipeline()));
        if (Text.clean(input.pipeline()) == null) {
            problems.add(new FieldProblem("pipeline", "validation.required"));
        } else if (pipeline.isEmpty()) {
            problems.add(new FieldProblem("pipeline", "pipeline.unknown"));
        }
        ThirdPartySummary party = null;
        if (input.thirdpartyId() == null) {
            problems.add(new FieldProblem("thirdpartyId", "validation.required"));
        } else {
            party = parties.find(me, new ThirdPartyId(input.thirdpartyId())).orElse(null);
            if (party == null) {
                problems.add(new FieldProblem("thirdpartyId", "pipeline.deal.thirdParty.unknown"));
            }
        }
        checks.contact(me.workspaceId(), party, input.contactId(), problems);
        Phase phase = null;
        if (pipeline.isPresent()) {
            phase = input.phase() == null
                    ? pipeline.get().firstPhase()
                    : DealInputChecks.activePhase(pipeline.get(), input.phase(), problems);
        }
        UserId owner = party == null ? me.userId() : party.ownerId();
        if (input.ownerId() != null) {
            owner = checks.owner(me, input.ownerId(), problems);
        }
        Money amount = checks.amount(me.workspaceId(), input.amount(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        Deal deal = new Deal(
                new DealId(Ids.newId()),
                pipeline.get().key(),
                phase.key(),
                party.id(),
                input.contactId(),
                input.objectId(),
                owner,
                amount,
                checks.currency(me.workspaceId()),
                input.expectedOn(),
                now,
                now,
                0,
                now,
                me.userId(),
                0);
        open(me.workspaceId(), deal, phase, me.userId());
        return details(me.workspaceId(), deal.id(), party);
    }

    /** A deal the user may see (its third party's rule); 404 otherwise. */
    @Transactional
    public DealDetails get(RelanceUser me, DealId id) {
        Deal deal = deals.find(me.workspaceId(), id).orElseThrow(NotFoundException::new);
        ThirdPartySummary party = parties.find(me, deal.thirdPartyId()).orElseThrow(NotFoundException::new);
        return details(me.workspaceId(), id, party);
    }

    @Transactional
    public DealDetails update(RelanceUser me, DealId id, DealEdit edit) {
        DealDetails d = get(me, id);
        if (edit.version() == null) {
            throw new InvalidInputException("version", "validation.version");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Deal deal = d.deal();
        UUID contact =
                edit.contactId() == null ? deal.contactId() : edit.contactId().orElse(null);
        if (edit.contactId() != null) {
            checks.contact(me.workspaceId(), d.thirdParty(), contact, problems);
        }
        UUID object =
                edit.objectId() == null ? deal.objectId() : edit.objectId().orElse(null);
        Money amount = edit.amount() == null
                ? deal.amount()
                : checks.amount(me.workspaceId(), edit.amount().orElse(null), problems);
        UserId owner = edit.ownerId() == null ? deal.ownerId() : checks.owner(me, edit.ownerId(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (edit.version() != deal.version()) {
            throw new StaleVersionException();
        }
        Deal changed = deal.withFacts(
                contact,
                object,
                owner,
                amount,
                edit.expectedOn() == null
                        ? deal.expectedOn()
                        : edit.expectedOn().orElse(null));
        deals.update(me.workspaceId(), changed);
        return details(me.workspaceId(), id, d.thirdParty());
    }

    /** Moves a deal by hand to a phase not retired (version optional: 409 when stale), noting who did it. */
    @Transactional
    public DealDetails move(RelanceUser me, DealId id, String phaseKey, String note, Long version) {
        DealDetails d = get(me, id);
        List<FieldProblem> problems = new ArrayList<>();
        if (Text.clean(phaseKey) == null) {
            problems.add(new FieldProblem("phase", "validation.required"));
        }
        Phase to = problems.isEmpty() ? DealInputChecks.activePhase(d.pipeline(), phaseKey, problems) : null;
        String cleanNote = Text.clean("note", note, 500, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (version != null && version != d.deal().version()) {
            throw new StaleVersionException();
        }
        if (!to.key().equals(d.deal().phase())) {
            moveTo(me.workspaceId(), d, to, cleanNote, cleanNote, null, me.userId(), clock.instant());
        }
        return details(me.workspaceId(), id, d.thirdParty());
    }

    /**
     * Logs an action on a deal (on its timeline, its third party's and its object's) and moves it: to the phase given
     * with it, else as the pipeline's rules say (forward only, a refusal excepted).
     */
    @Transactional
    public DealDetails logAction(RelanceUser me, DealId id, LoggedAction action) {
        DealDetails d = get(me, id);
        List<FieldProblem> problems = new ArrayList<>();
        DealActionType type = DealActionType.parse(action.type());
        if (type == null) {
            problems.add(new FieldProblem("type", action.type() == null ? "validation.required" : "validation.choice"));
        }
        String summary = Text.clean("summary", action.summary(), 500, problems);
        if (summary == null && (type == DealActionType.NOTE || type == DealActionType.CALL)) {
            problems.add(new FieldProblem("summary", "validation.required"));
        }
        Instant now = clock.instant();
        if (action.occurredAt() != null && action.occurredAt().isAfter(now.plus(Duration.ofDays(366)))) {
            problems.add(new FieldProblem("occurredAt", "history.occurredAt.future"));
        }
        Phase picked = Text.clean(action.phase()) == null
                ? null
                : DealInputChecks.activePhase(d.pipeline(), action.phase(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        act(
                me.workspaceId(),
                d,
                type,
                action.occurredAt() == null ? now : action.occurredAt(),
                summary,
                picked,
                me.userId());
        return details(me.workspaceId(), id, d.thirdParty());
    }

    /**
     * Opens a deal, or moves on the open one of this pipeline for the third party on the object, from an action that
     * happened elsewhere (an inquiry, a matching e-mail): a new deal starts in the phase the action's rule names (else
     * the first), owned by the third party's owner.
     */
    @Transactional
    public DealRef openOrAdvance(
            WorkspaceId ws,
            String pipelineKey,
            ThirdPartyId thirdPartyId,
            UUID contactId,
            UUID objectId,
            DealActionType type,
            Instant occurredAt,
            String summary,
            UserId by) {
        Pipeline pipeline = pipelines.get(ws, pipelineKey);
        ThirdPartySummary party = parties.find(ws, thirdPartyId).orElseThrow(NotFoundException::new);
        Instant at = occurredAt == null ? clock.instant() : occurredAt;
        Optional<Deal> open = deals.latestOf(ws, pipelineKey, thirdPartyId, objectId)
                .filter(x -> pipeline.phase(x.phase()).map(Phase::open).orElse(true));
        boolean opened = open.isEmpty();
        Deal deal = open.orElseGet(() -> {
            Phase start = Optional.ofNullable(pipeline.rules().get(type.name()))
                    .flatMap(pipeline::phase)
                    .filter(p -> !p.retired())
                    .orElse(pipeline.firstPhase());
            // the deal began with the action (an inquiry received a moment ago), never in the future
            Instant now = at.isBefore(clock.instant()) ? at : clock.instant();
            Deal fresh = new Deal(
                    new DealId(Ids.newId()),
                    pipelineKey,
                    start.key(),
                    thirdPartyId,
                    contactId,
                    objectId,
                    party.ownerId(),
                    null,
                    checks.currency(ws),
                    null,
                    now,
                    now,
                    0,
                    now,
                    by,
                    0);
            open(ws, fresh, start, by);
            return fresh;
        });
        DealDetails d = details(ws, deal.id(), party);
        act(ws, d, type, at, Text.clean(summary), null, by);
        Deal now = deals.find(ws, deal.id()).orElseThrow();
        return new DealRef(now.id(), pipelineKey, now.phase(), opened);
    }

    // --- inside ---------------------------------------------------------------------------------------------------

    private void open(WorkspaceId ws, Deal deal, Phase phase, UserId by) {
        deals.insert(ws, deal);
        timeline.opened(ws, deal, phase, by);
        events.publishEvent(new DealOpened(
                ws,
                deal.id(),
                deal.pipeline(),
                deal.phase(),
                deal.thirdPartyId(),
                deal.contactId(),
                deal.objectId(),
                by,
                deal.createdAt()));
    }

    private void act(
            WorkspaceId ws, DealDetails d, DealActionType type, Instant at, String summary, Phase picked, UserId by) {
        Deal deal = d.deal();
        var entry = timeline.action(ws, deal, type, summary, by, at);
        Optional<Phase> to = picked != null
                ? Optional.of(picked).filter(p -> !p.key().equals(deal.phase()))
                : PhaseProgression.target(d.pipeline(), deal.phase(), deal.visits(), type);
        Deal acted = deal.acted(type == DealActionType.VISIT, at.isAfter(clock.instant()) ? clock.instant() : at);
        long version = deals.update(ws, acted);
        events.publishEvent(
                new DealActionLogged(ws, deal.id(), type, deal.thirdPartyId(), deal.objectId(), entry.id(), by, at));
        if (to.isPresent()) {
            Deal fresh = new Deal(
                    acted.id(),
                    acted.pipeline(),
                    acted.phase(),
                    acted.thirdPartyId(),
                    acted.contactId(),
                    acted.objectId(),
                    acted.ownerId(),
                    acted.amount(),
                    acted.currency(),
                    acted.expectedOn(),
                    acted.enteredPhaseAt(),
                    acted.lastActivityAt(),
                    acted.visits(),
                    acted.createdAt(),
                    acted.createdBy(),
                    version);
            moveTo(
                    ws,
                    new DealDetails(fresh, d.pipeline(), d.phase(), d.thirdParty()),
                    to.get(),
                    null,
                    summary,
                    type,
                    by,
                    clock.instant());
        }
    }

    /** {@code reason}: why, in the user's words (the note of a move by hand, the summary of the action). */
    private void moveTo(
            WorkspaceId ws,
            DealDetails d,
            Phase to,
            String note,
            String reason,
            DealActionType action,
            UserId by,
            Instant at) {
        Deal moved = d.deal().movedTo(to.key(), at);
        deals.update(ws, moved);
        timeline.moved(ws, moved, d.phase(), to, note, action, by, at);
        events.publishEvent(new DealPhaseMoved(
                ws,
                moved.id(),
                moved.pipeline(),
                d.deal().phase(),
                to.key(),
                to.kind(),
                moved.thirdPartyId(),
                moved.objectId(),
                action,
                reason,
                by,
                at));
    }

    private DealDetails details(WorkspaceId ws, DealId id, ThirdPartySummary party) {
        Deal deal = deals.find(ws, id).orElseThrow(NotFoundException::new);
        Pipeline pipeline = pipelines.get(ws, deal.pipeline());
        Phase phase = pipeline.phase(deal.phase()).orElseThrow(IllegalStateException::new);
        return new DealDetails(deal, pipeline, phase, party);
    }
}
