package io.relance.quote.search;

import io.relance.quote.QuoteSummary;
import java.time.Instant;

/** A row of the quote list: the quote, its third party's name and code, when it was created, its engagement. */
public record QuoteListRow(
        QuoteSummary quote, String thirdPartyName, String thirdPartyCode, Instant createdAt, Integer engagementScore) {}
