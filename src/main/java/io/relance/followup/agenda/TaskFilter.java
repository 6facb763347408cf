package io.relance.followup.agenda;

import io.relance.followup.TaskStatus;
import io.relance.party.ThirdPartyId;
import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.UserId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
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
        List<FieldProblem> problems = new ArrayList<>();
        for (String key : params.keySet()) {
            if (!PARAMETERS.contains(key)) {
                problems.add(new FieldProblem(key, "validation.unknownFilter"));
            }
        }
        UserId assignee = null;
        String assigneeText = blankToNull(params.getFirst("assignee"));
        if ("me".equals(assigneeText)) {
            assignee = me.userId();
        } else if (assigneeText != null) {
            UUID id = uuid("assignee", assigneeText, problems);
            assignee = id == null ? null : new UserId(id);
        }
        Due due = null;
        String dueText = blankToNull(params.getFirst("due"));
        if (dueText != null) {
            try {
                due = Due.valueOf(dueText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("due", "validation.choice"));
            }
        }
        ThirdPartyId thirdParty = null;
        String tp = blankToNull(params.getFirst("thirdpartyId"));
        if (tp != null) {
            UUID id = uuid("thirdpartyId", tp, problems);
            thirdParty = id == null ? null : new ThirdPartyId(id);
        }
        Set<TaskStatus> statuses = EnumSet.noneOf(TaskStatus.class);
        for (String value : params.getOrDefault("status", List.of())) {
            for (String part : value.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    statuses.add(TaskStatus.valueOf(part.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem("status", "validation.choice"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new TaskFilter(assignee, due, thirdParty, statuses);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static UUID uuid(String field, String text, List<FieldProblem> problems) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "validation.type"));
            return null;
        }
    }
}
