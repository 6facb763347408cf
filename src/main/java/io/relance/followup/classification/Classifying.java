package io.relance.followup.classification;

import io.relance.followup.FollowUpRule;
import io.relance.followup.FollowUpTasks;
import io.relance.followup.RuleTask;
import io.relance.followup.TaskId;
import io.relance.followup.TaskTarget;
import io.relance.followup.TaskType;
import io.relance.followup.ThirdPartyClassified;
import io.relance.followup.WorkingCalendar;
import io.relance.history.FieldChange;
import io.relance.history.HistoryEvent;
import io.relance.history.HistoryManagement;
import io.relance.history.Target;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.party.ThirdPartySummary;
import io.relance.party.ThirdPartyTags;
import io.relance.shared.InvalidInputException;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import io.relance.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classifies third parties: the follow-up task of the classification's cadence (due after its delay, on a working
 * day; one at a time, a reclassification replaces it; none for "not interested"), the classification's tag (the
 * previous one's taken off), a timeline entry and {@link ThirdPartyClassified}. A user classifies through
 * {@link #classify(RelanceUser, ThirdPartyId, String)}, which checks he may see the third party; the workspace's own
 * work through the other, which only checks it is a live one of the workspace.
 */
@Service
public class Classifying {

    /** The message key of a classification task's title; its argument is the classification's label. */
    public static final String TASK_TITLE = "followup.task.title.classification";

    private final Classifications classifications;
    private final ClassificationDefaults defaults;
    private final ThirdPartyClassifications current;
    private final ThirdPartyLookup thirdParties;
    private final ThirdPartyTags tags;
    private final FollowUpTasks tasks;
    private final WorkingCalendar calendar;
    private final WorkspaceManagement workspaces;
    private final HistoryManagement history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Classifying(
            Classifications classifications,
            ClassificationDefaults defaults,
            ThirdPartyClassifications current,
            ThirdPartyLookup thirdParties,
            ThirdPartyTags tags,
            FollowUpTasks tasks,
            WorkingCalendar calendar,
            WorkspaceManagement workspaces,
            HistoryManagement history,
            ApplicationEventPublisher events,
            Clock clock) {
        this.classifications = classifications;
        this.defaults = defaults;
        this.current = current;
        this.thirdParties = thirdParties;
        this.tags = tags;
        this.tasks = tasks;
        this.calendar = calendar;
        this.workspaces = workspaces;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    /** The rule key of a third party's classification task. */
    public static String ruleKey(ThirdPartyId thirdParty) {
        return "classification:" + thirdParty.value();
    }

    /**
     * Classifies as {@code me} a third party he may see: one he owns, is lent or, for a manager, any of the workspace
     * ({@link NotFoundException} otherwise, whatever else he may reach, such as a task assigned to him about it).
     * The classify API, the record's panel and a task's completion all go through here.
     */
    @Transactional
    public void classify(RelanceUser me, ThirdPartyId thirdParty, String classificationKey) {
        thirdParties.find(me, thirdParty).orElseThrow(NotFoundException::new);
        classify(me.workspaceId(), thirdParty, classificationKey, me.userId());
    }

    /**
     * Classifies a third party with an active classification of its workspace ({@link InvalidInputException} on
     * {@code classification} otherwise; {@link NotFoundException} for a third party the workspace has not).
     */
    @Transactional
    public void classify(WorkspaceId ws, ThirdPartyId thirdParty, String classificationKey, UserId by) {
        ThirdPartySummary party = thirdParties.find(ws, thirdParty).orElseThrow(NotFoundException::new);
        Classification chosen = activeOne(ws, classificationKey)
                .orElseThrow(() -> new InvalidInputException("classification", "followup.classification.unknown"));
        Optional<CurrentClassification> before = current.lock(ws, thirdParty.value());
        Instant now = clock.instant();
        Locale language = workspaces.workspace(ws).locale();
        String label = chosen.label(language);

        String tag = chosen.tags() ? label : null;
        boolean tagged = tags.swap(
                ws, thirdParty, before.map(CurrentClassification::tagName).orElse(null), tag);
        current.save(ws, thirdParty.value(), chosen.key(), tagged ? tag : null, by, now);

        TaskId task = null;
        if (chosen.plansTask()) {
            UserId assignee = party.ownerId() != null ? party.ownerId() : by;
            task = tasks.replaceForRule(new RuleTask(
                    ws,
                    FollowUpRule.CLASSIFICATION,
                    ruleKey(thirdParty),
                    TaskType.CALL,
                    TaskTarget.of(thirdParty),
                    assignee,
                    calendar.dueIn(ws, chosen.delayDays()),
                    TASK_TITLE + "|" + label,
                    null));
        } else {
            tasks.cancelForRule(ws, ruleKey(thirdParty));
        }

        String previous = before.map(CurrentClassification::key).orElse(null);
        String previousLabel = previous == null
                ? ""
                : classifications.find(ws, previous).map(c -> c.label(language)).orElse(previous);
        history.record(
                ws.value(),
                HistoryEvent.of(
                                Target.thirdParty(thirdParty.value()),
                                ClassificationEntryTypes.CLASSIFIED,
                                label,
                                by == null ? null : by.value(),
                                now)
                        .withChanges(List.of(new FieldChange("classification", previousLabel, label))));
        events.publishEvent(new ThirdPartyClassified(ws, thirdParty, chosen.key(), previous, task, by, now));
    }

    /** The classifications offered in a workspace, in order, labelled in this locale. */
    @Transactional
    public List<ClassificationView> active(WorkspaceId ws, Locale locale) {
        return all(ws).stream()
                .filter(Classification::active)
                .map(c -> c.view(locale))
                .toList();
    }

    /** The current classification of a third party, if it has one. */
    @Transactional(readOnly = true)
    public Optional<CurrentClassification> current(WorkspaceId ws, ThirdPartyId thirdParty) {
        return current.of(ws, thirdParty.value());
    }

    /** Every classification of a workspace, active or not, in order (its defaults given first if never). */
    @Transactional
    public List<Classification> all(WorkspaceId ws) {
        defaults.ensure(ws);
        return classifications.all(ws);
    }

    private Optional<Classification> activeOne(WorkspaceId ws, String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        defaults.ensure(ws);
        return classifications.find(ws, key).filter(Classification::active);
    }
}
