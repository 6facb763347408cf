package io.relance.history;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A call, meeting, visit, e-mail, SMS or note logged by hand, as the API and the record page take it. */
public record HandLoggedEvent(
        @NotNull HandLoggedType type,
        Direction direction,
        @Size(max = 500) String summary,
        @Size(max = 20000) String body,
        @Size(max = 200) String outcome,
        Instant occurredAt) {}
