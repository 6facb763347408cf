package io.relance.followup.task;

import io.relance.followup.TaskId;
import io.relance.followup.TaskStatus;

/** A closed task (done or cancelled) cannot change any more: a 409 in the API. */
public class TaskClosedException extends RuntimeException {

    private final TaskStatus status;

    TaskClosedException(TaskId id, TaskStatus status) {
        super("Task " + id + " is " + status + " and can no longer change");
        this.status = status;
    }

    public TaskStatus status() {
        return status;
    }
}
