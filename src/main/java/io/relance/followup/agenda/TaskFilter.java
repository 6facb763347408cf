package io.relance.followup.agenda;

import io.relance.followup.TaskStatus;
import io.relance.party.ThirdPartyId;
import io.relance.shared.FieldProblem;
import io.relance.shared.RelanceUser;
import io.relance.shared.TypedValues;
import io.relance.shared.UserId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.util.MultiValueMap;

/**
 * The filters of a task list: {@code assignee} ({@code me} or a user id), {@code due} ({@code overdue}: open and due
 * before today; {@code today}; {@code upcoming}: due after today — today in the workspace's time zone),
 * {@code thirdpartyId}, {@code status} (repeatable or comma-separated). Anything unknown or malformed is a field error.
 */
public record TaskFilter(UserId assignee, Due due, ThirdPartyId thirdParty, Set<TaskStatus> statuses) {

    /** When a task is due against today. */
    public enum Due {
        OVERDUE,
        TODAY,
        UPCOMING
    }

    public static final Set<String> PARAMETERS = Set.of("assignee", "due", "thirdpartyId", "status", "limit", "cursor");

    public TaskFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** The open tasks of one assignee (null: of everyone the user may see) due so. */
    public static TaskFilter open(UserId assignee, Due due) {
        return new TaskFilter(assignee, due, null, Set.of(TaskStatus.OPEN));
    }

    /** A third party's open tasks. */
    public static TaskFilter openOf(ThirdPartyId thirdParty) {
        return new TaskFilter(null, null, thirdParty, Set.of(TaskStatus.OPEN));
    }

    public static TaskFilter read(RelanceUser me, MultiValueMap<String, String> params) {
        TypedValues typed = new TypedValues();
        for (String key : params.keySet()) {
            if (!PARAMETERS.contains(key)) {
                typed.add(new FieldProblem(key, "validation.unknownFilter"));
            }
        }
        String assigneeText = params.getFirst("assignee");
        UUID assigneeId = "me".equals(assigneeText == null ? null : assigneeText.strip())
                ? me.userId().value()
                : typed.id("assignee", assigneeText, "validation.type");
        Due due = typed.choice("due", params.getFirst("due"), Due.class, "validation.choice");
        UUID thirdPartyId = typed.id("thirdpartyId", params.getFirst("thirdpartyId"), "validation.type");
        Set<TaskStatus> statuses = EnumSet.noneOf(TaskStatus.class);
        for (String value : params.getOrDefault("status", List.of())) {
            for (String part : value.split(",")) {
                TaskStatus status = typed.choice("status", part, TaskStatus.class, "validation.choice");
                if (status != null) {
                    statuses.add(status);
                }
            }
        }
        typed.check();
        return new TaskFilter(
                assigneeId == null ? null : new UserId(assigneeId),
                due,
                thirdPartyId == null ? null : new ThirdPartyId(thirdPartyId),
                statuses);
    }
}
