package io.relance.quote.core;

import java.time.LocalDate;
import java.util.UUID;

/** What a revision says besides its lines: the contact it is addressed to, validity, language and texts. */
public record QuoteHeader(UUID contactId, LocalDate validUntil, String language, String introduction, String terms) {}
