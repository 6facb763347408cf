package io.relance.workspace;

import java.time.Instant;
import java.util.UUID;

/** A personal API token as listed: its secret is shown once at creation and only its hash is kept. */
public record ApiToken(UUID id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
