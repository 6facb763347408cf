package io.relance.followup;

import io.relance.shared.UserId;
import java.util.List;

/**
 * One assignee's open tasks due by a day: how many are overdue (due before it) and due that day, exactly, and the
 * first {@code tasks} of them, oldest first (by due date, then time, those without a time last), at most the number
 * asked for.
 */
public record DueTasks(UserId assignee, int overdue, int dueToday, List<DueTask> tasks) {

    public DueTasks {
        tasks = List.copyOf(tasks);
    }

    public int total() {
        return overdue + dueToday;
    }

    /** How many of his due tasks the list leaves out. */
    public int notListed() {
        return total() - tasks.size();
    }
}
