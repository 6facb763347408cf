package io.relance.followup;

import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A task a rule plans: {@code ruleKey} names what it is about ("classification:&lt;third party&gt;",
 * "advice:&lt;quote&gt;"…); while a task of that key is open, planning another one changes nothing (or replaces it,
 * see {@link FollowUpTasks#replaceForRule}). {@code title} is a message key of this module's bundle or a text as
 * typed; {@code notes} an optional prepared text (the SMS the advice suggests).
 */
public record RuleTask(
        WorkspaceId workspace,
        FollowUpRule rule,
        String ruleKey,
        TaskType type,
        TaskTarget target,
        UserId assignee,
        LocalDate dueDate,
        String title,
        String notes) {

    public RuleTask {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(ruleKey, "ruleKey");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(title, "title");
    }
}
