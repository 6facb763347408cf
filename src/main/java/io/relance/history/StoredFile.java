package io.relance.history;

import java.time.Instant;
import java.util.UUID;

/** A file attached to a record; its bytes live in the file store. */
public record StoredFile(
        UUID id,
        Target target,
        String filename,
        String contentType,
        long size,
        String sha256,
        UUID uploadedBy,
        Instant uploadedAt) {}
