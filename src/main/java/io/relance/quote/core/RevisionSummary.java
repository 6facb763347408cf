package io.relance.quote.core;

import io.relance.quote.QuoteStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A replaced revision as the quote page lists it (read-only). */
public record RevisionSummary(
        int revision,
        String number,
        QuoteStatus status,
        LocalDate validUntil,
        BigDecimal totalNet,
        BigDecimal totalTax,
        BigDecimal totalGross,
        Instant sentAt,
        Instant replacedAt) {}
