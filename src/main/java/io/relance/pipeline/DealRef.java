package io.relance.pipeline;

/** A deal opened or moved on: its id, its pipeline and the phase it is in now. */
public record DealRef(DealId id, String pipeline, String phase, boolean opened) {}
