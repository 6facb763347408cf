package io.relance.pipeline;

/** Whether a phase is still open, or ends the deal won or lost. */
public enum PhaseKind {
    OPEN,
    WON,
    LOST
}
