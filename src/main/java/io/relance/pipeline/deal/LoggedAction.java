package io.relance.pipeline.deal;

import java.time.Instant;

/**
 * An action logged on a deal: its type (a {@link io.relance.pipeline.DealActionType} name), when it happened
 * (default: now), what happened, and the phase to place the deal in (optional: else the pipeline's rules decide).
 */
public record LoggedAction(String type, Instant occurredAt, String summary, String phase) {}
