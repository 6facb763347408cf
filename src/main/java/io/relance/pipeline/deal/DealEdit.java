package io.relance.pipeline.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A change of a deal's facts at the version read (required): absent fields (null) stay, an empty one is cleared (the
 * owner cannot be).
 */
public record DealEdit(
        Optional<UUID> contactId,
        Optional<UUID> objectId,
        Optional<BigDecimal> amount,
        Optional<LocalDate> expectedOn,
        UUID ownerId,
        Long version) {}
