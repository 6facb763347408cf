package io.relance.object;

import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Instant;

/** An object was reserved, sold or let, withdrawn, or offered again; {@code by} is null for the system. */
public record SalesObjectStatusChanged(
        WorkspaceId workspaceId,
        SalesObjectId objectId,
        SalesObjectStatus from,
        SalesObjectStatus to,
        UserId by,
        Instant at) {}
