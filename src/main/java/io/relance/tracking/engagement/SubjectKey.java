package io.relance.tracking.engagement;

import java.util.UUID;

/** A tracked subject of a workspace: its type and id. */
public record SubjectKey(String type, UUID id) {}
