package io.relance.tracking;

import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;

/** A person opened a subject's link (a counted open); {@code first}: its first open ever. */
public record LinkOpened(WorkspaceId workspace, String subjectType, UUID subjectId, boolean first, Instant at) {}
