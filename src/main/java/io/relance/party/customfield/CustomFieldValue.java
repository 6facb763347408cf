package io.relance.party.customfield;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One stored value of a custom field (a multi-choice has one per choice). */
public record CustomFieldValue(
        UUID thirdPartyId, UUID fieldId, int ordinal, String text, BigDecimal number, LocalDate date, Boolean bool) {}
