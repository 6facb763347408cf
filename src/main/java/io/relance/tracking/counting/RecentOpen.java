package io.relance.tracking.counting;

import java.util.UUID;

/** A device's latest open of a subject and when it was last active. */
public record RecentOpen(UUID openId, java.time.Instant lastSeenAt) {}
