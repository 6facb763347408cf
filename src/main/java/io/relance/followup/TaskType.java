package io.relance.followup;

/** What the task is: the channel of the contact it plans, or a plain to-do. */
public enum TaskType {
    CALL,
    EMAIL,
    SMS,
    VISIT,
    MEETING,
    TODO;

    /** Whether doing it is an outbound contact with the client (all but a to-do), logged on the timeline as such. */
    public boolean contact() {
        return this != TODO;
    }
}
