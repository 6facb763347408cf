package io.relance.party.search;

import java.time.Instant;
import java.util.UUID;

/** A saved filter: a named query string, the user's own or shared with the workspace. */
public record Segment(UUID id, UUID userId, String name, String query, boolean shared, Instant createdAt) {}
