package io.relance.quote.core;

import io.relance.party.ContactSummary;
import io.relance.party.ThirdPartySummary;
import java.util.List;

/** A quote as its page and the API show it: the quote, its third party, its contact, its replaced revisions. */
public record QuoteDetails(
        Quote quote, ThirdPartySummary thirdParty, ContactSummary contact, List<RevisionSummary> revisions) {}
