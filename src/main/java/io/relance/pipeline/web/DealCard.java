package io.relance.pipeline.web;

import io.relance.pipeline.deal.Deal;
import io.relance.pipeline.phase.Phase;
import io.relance.pipeline.phase.Pipeline;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A deal as a board's card, a list's row or a panel's line shows it: its third party, phase (label in the reader's
 * language), amount, owner, how many days it has been in its phase, whether it is stale.
 */
public record DealCard(
        UUID id,
        long version,
        String pipeline,
        UUID thirdPartyId,
        String thirdPartyName,
        String phase,
        String phaseLabel,
        BigDecimal amount,
        String currency,
        String ownerName,
        UUID objectId,
        long daysInPhase,
        boolean stale) {

    static DealCard of(Deal d, String thirdPartyName, Pipeline pipeline, String ownerName, Locale locale, Instant now) {
        Phase phase = pipeline.phase(d.phase()).orElse(null);
        return new DealCard(
                d.id().value(),
                d.version(),
                d.pipeline(),
                d.thirdPartyId().value(),
                thirdPartyName,
                d.phase(),
                phase == null ? d.phase() : phase.label(locale),
                d.amount() == null ? null : d.amount().amount(),
                d.currency().getCurrencyCode(),
                ownerName,
                d.objectId(),
                Math.max(0, Duration.between(d.enteredPhaseAt(), now).toDays()),
                phase != null && d.staleAt(phase.rotDays(), now));
    }
}
