package io.relance.pipeline.phase;

import java.util.Map;

/**
 * A phase as an admin gives it: labels per language ({@code en} required, the others fall back to it), kind
 * ({@code OPEN}, {@code WON}, {@code LOST}; OPEN when absent), probability in percent, rotting limit in days, retired.
 * Absent values of a change keep the phase's.
 */
public record PhaseInput(
        Map<String, String> labels, String kind, Integer probability, Integer rotDays, Boolean retired, Long version) {}
