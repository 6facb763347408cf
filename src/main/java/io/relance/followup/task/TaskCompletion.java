package io.relance.followup.task;

import io.relance.followup.TaskId;
import io.relance.followup.TaskType;
import io.relance.followup.TaskView;
import io.relance.followup.classification.Classifying;
import io.relance.history.Direction;
import io.relance.history.HandLoggedEvent;
import io.relance.history.HandLoggedType;
import io.relance.history.HistoryManagement;
import io.relance.history.Target;
import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.Text;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks a task done: its outcome goes on the third party's timeline as the contact it was (a call, visit, e-mail,
 * SMS or meeting logged by hand, outbound where it has a direction; a to-do's outcome as a note), and the
 * classification the rep chose, if any, classifies the third party (which plans its next task). All in one
 * transaction: a refused classification leaves the task open and the timeline as it was.
 */
@Service
public class TaskCompletion {

    /** As long as the timeline keeps an outcome. */
    public static final int OUTCOME_MAX = 200;

    private final TaskManagement management;
    private final HistoryManagement history;
    private final TaskTitles titles;
    private final Classifying classifying;
    private final Clock clock;

    TaskCompletion(
            TaskManagement management,
            HistoryManagement history,
            TaskTitles titles,
            Classifying classifying,
            Clock clock) {
        this.management = management;
        this.history = history;
        this.titles = titles;
        this.classifying = classifying;
        this.clock = clock;
    }

    /**
     * Done with {@code outcome} (optional) and {@code classification} (a classification's key; blank: no follow-up
     * planned), at {@code version} when given.
     */
    @Transactional
    public TaskView complete(RelanceUser me, TaskId id, String outcome, String classification, Long version) {
        Task task = management.reachable(me, id);
        List<FieldProblem> problems = new ArrayList<>();
        String said = Text.clean("outcome", outcome, OUTCOME_MAX, problems);
        String key = Text.clean("classification", classification, 40, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        TaskManagement.checkVersion(task, version);
        Instant now = clock.instant();
        task.complete(said, key, me.userId(), now);
        TaskView done = management.save(task);
        log(me, task, said, now);
        if (key != null) {
            // the assignee reaches the task; classifying needs the third party itself (404 as the classify API)
            classifying.classify(me, task.target().thirdParty(), key);
        }
        return done;
    }

    /** The contact it was, on the third party's timeline; a to-do leaves a note only when something came of it. */
    private void log(RelanceUser me, Task task, String outcome, Instant at) {
        String title = titles.text(task.title(), me.locale());
        HandLoggedType type = logged(task.type());
        HandLoggedEvent event;
        if (type == HandLoggedType.NOTE) {
            if (outcome == null) {
                return;
            }
            event = new HandLoggedEvent(type, null, title + " — " + outcome, null, null, at);
        } else if (type.hasOutcome()) {
            event = new HandLoggedEvent(
                    type, type.hasDirection() ? Direction.OUTBOUND : null, title, null, outcome, at);
        } else {
            // an e-mail or SMS is its own content: what came of it is its summary
            event = new HandLoggedEvent(
                    type, Direction.OUTBOUND, outcome == null ? title : title + " — " + outcome, null, null, at);
        }
        history.log(
                me.workspaceId().value(),
                Target.thirdParty(task.target().thirdParty().value()),
                event,
                me.userId().value());
    }

    static HandLoggedType logged(TaskType type) {
        return switch (type) {
            case CALL -> HandLoggedType.CALL;
            case EMAIL -> HandLoggedType.EMAIL;
            case SMS -> HandLoggedType.SMS;
            case VISIT -> HandLoggedType.VISIT;
            case MEETING -> HandLoggedType.MEETING;
            case TODO -> HandLoggedType.NOTE;
        };
    }
}
