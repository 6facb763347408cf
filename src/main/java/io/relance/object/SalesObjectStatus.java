package io.relance.object;

/**
 * Where an object stands: offered ({@code AVAILABLE}), held for one buyer ({@code RESERVED}), sold or let
 * ({@code SOLD}), taken off the market ({@code WITHDRAWN}). Only an available object is matched to search profiles.
 */
public enum SalesObjectStatus {
    AVAILABLE,
    RESERVED,
    SOLD,
    WITHDRAWN
}
