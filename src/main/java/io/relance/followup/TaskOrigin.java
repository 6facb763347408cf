package io.relance.followup;

/** Who planned a task: someone ({@code MANUAL}) or a rule of this module ({@code RULE}, named by {@link FollowUpRule}). */
public enum TaskOrigin {
    MANUAL,
    RULE
}
