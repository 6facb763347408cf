package io.relance.followup;

/** An open task due by a day, with the name of its third party (as the reminders list it). */
public record DueTask(TaskView task, String thirdPartyName) {

    /** Overdue on that day: due before it. */
    public boolean overdueOn(java.time.LocalDate day) {
        return task.dueDate().isBefore(day);
    }
}
