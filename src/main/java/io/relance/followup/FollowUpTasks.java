package io.relance.followup;

import io.relance.followup.task.Task;
import io.relance.followup.task.Tasks;
import io.relance.party.ThirdPartyId;
import io.relance.shared.WorkspaceId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
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
