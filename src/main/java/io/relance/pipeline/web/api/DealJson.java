package io.relance.pipeline.web.api;

import io.relance.pipeline.deal.Deal;
import io.relance.pipeline.phase.Phase;
import io.relance.pipeline.phase.Pipeline;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * A deal as the API answers it: its phase's key and label (in the reader's language), whether it is stale (longer
 * than its phase's rotting limit without activity).
 */
record DealJson(
        UUID id,
        long version,
        String pipeline,
        String phase,
        String phaseLabel,
        String phaseKind,
        UUID thirdpartyId,
        UUID contactId,
        UUID objectId,
        UUID ownerId,
        BigDecimal amount,
        String currency,
        LocalDate expectedOn,
        Instant enteredPhaseAt,
        Instant lastActivityAt,
        boolean stale,
        Instant createdAt) {

    static DealJson of(Deal d, Pipeline pipeline, Locale locale, Instant now) {
        Phase phase = pipeline.phase(d.phase()).orElse(null);
        return new DealJson(
                d.id().value(),
                d.version(),
                d.pipeline(),
                d.phase(),
                phase == null ? d.phase() : phase.label(locale),
                phase == null ? null : phase.kind().name(),
                d.thirdPartyId().value(),
                d.contactId(),
                d.objectId(),
                d.ownerId().value(),
                d.amount() == null ? null : d.amount().amount(),
                d.currency().getCurrencyCode(),
                d.expectedOn(),
                d.enteredPhaseAt(),
                d.lastActivityAt(),
                phase != null && d.staleAt(phase.rotDays(), now),
                d.createdAt());
    }
}
