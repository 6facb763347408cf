package io.relance.followup;

import io.relance.followup.task.Task;
import io.relance.followup.task.Tasks;
import io.relance.party.ThirdPartyId;
import io.relance.shared.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tasks rules plan, for the rules of this module and of others: at most one open task per rule key, planned
 * again only once it is closed; replaced when the rule changes its mind (a reclassification); cancelled when its
 * reason is gone (the quote was answered).
 */
@Service
public class FollowUpTasks {

    private final Tasks tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FollowUpTasks(Tasks tasks, ApplicationEventPublisher events, Clock clock) {
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    /** Plans the rule's task unless one of its key is open; its id, or empty when one was open already. */
    @Transactional
    public Optional<TaskId> openForRule(RuleTask planned) {
        Task task = Task.plan(planned, clock.instant());
        if (!tasks.insert(task)) {
            return Optional.empty();
        }
        task.takeEvents().forEach(events::publishEvent);
        return Optional.of(task.id());
    }

    /** Cancels the open task of the rule's key, if any, and plans this one instead: never two. */
    @Transactional
    public TaskId replaceForRule(RuleTask planned) {
        cancelForRule(planned.workspace(), planned.ruleKey());
        return openForRule(planned)
                .orElseThrow(() -> new IllegalStateException(
                        "Another task of key " + planned.ruleKey() + " was planned at the same time"));
    }

    /** Cancels the open task of this rule key (its reason is gone); false when none was open. */
    @Transactional
    public boolean cancelForRule(WorkspaceId ws, String ruleKey) {
        Optional<Task> open = tasks.openOfRule(ws, ruleKey);
        open.ifPresent(task -> {
            task.cancel(null, clock.instant());
            tasks.update(task);
            task.takeEvents().forEach(events::publishEvent);
        });
        return open.isPresent();
    }

    /**
     * Plans many rules' tasks at once (a daily part's chunk), in one multi-row statement per 500: a task whose key is
     * open already is left out, as in {@link #openForRule(RuleTask)}. Answers how many were planned; only those are
     * announced.
     */
    @Transactional
    public int openAllForRule(List<RuleTask> planned) {
        if (planned.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        List<Task> all = planned.stream().map(p -> Task.plan(p, now)).toList();
        int inserted = tasks.insertAll(all);
        List<Task> announced = all;
        if (inserted < all.size()) {
            Set<UUID> written = tasks.existing(
                    planned.get(0).workspace(),
                    all.stream().map(t -> t.id().value()).toList());
            announced =
                    all.stream().filter(t -> written.contains(t.id().value())).toList();
        }
        announced.forEach(t -> t.takeEvents().forEach(events::publishEvent));
        return inserted;
    }

    /**
     * Cancels the open tasks of these rule keys (their reason is gone), in two statements whatever their number;
     * answers how many were open.
     */
    @Transactional
    public int cancelAllForRule(WorkspaceId ws, Collection<String> ruleKeys) {
        List<Task> open = tasks.openOfRules(ws, ruleKeys);
        Instant now = clock.instant();
        open.forEach(task -> task.cancel(null, now));
        tasks.cancelAll(ws, open, now);
        open.forEach(task -> task.takeEvents().forEach(events::publishEvent));
        return open.size();
    }

    /**
     * As {@link #replaceForRule} for many keys at once: their open tasks cancelled, these planned instead (never
     * two); an {@link IllegalStateException} when another planned one of these keys at the same time.
     */
    @Transactional
    public int replaceAllForRule(WorkspaceId ws, List<RuleTask> planned) {
        cancelAllForRule(ws, planned.stream().map(RuleTask::ruleKey).toList());
        int inserted = openAllForRule(planned);
        if (inserted != planned.size()) {
            throw new IllegalStateException("Another task of the same keys was planned at the same time");
        }
        return inserted;
    }

    /** The open task of a rule key, if any. */
    @Transactional(readOnly = true)
    public Optional<TaskView> openForRule(WorkspaceId ws, String ruleKey) {
        return tasks.openOfRule(ws, ruleKey).map(Task::view);
    }

    /** A third party's open tasks, soonest first (whoever asks: callers check access). */
    @Transactional(readOnly = true)
    public List<TaskView> openOf(WorkspaceId ws, ThirdPartyId thirdParty) {
        return tasks.openOf(ws, thirdParty).stream().map(Task::view).toList();
    }
}
