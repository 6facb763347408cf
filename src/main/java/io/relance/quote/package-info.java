/**
 * Quotes: lines, totals per tax rate, revisions, statuses, their list, editor and page.
 *
 * <p>This root package is all that other modules may use:
 *
 * <ul>
 *   <li>{@link io.relance.quote.QuoteId} — one quote, the client's link, kept across its revisions;
 *   <li>{@link io.relance.quote.QuoteStatus}, {@link io.relance.quote.QuoteSummary} (the current revision: number
 *       with its suffix, totals, validity, language…) and {@link io.relance.quote.QuoteLookup};
 *   <li>{@link io.relance.quote.QuoteSending#markSent} — for the messaging module, inside the transaction that
 *       writes the e-mail;
 *   <li>{@link io.relance.quote.QuoteAcceptance} — accept ({@link io.relance.quote.Acceptance}) or decline, for
 *       the public page; {@link io.relance.quote.QuoteTransitionRefused} is its 409;
 *   <li>{@link io.relance.quote.QuoteEntryTypes} — the timeline entry types and the history target of a quote;
 *   <li>the events: {@link io.relance.quote.QuoteCreated}, {@link io.relance.quote.QuoteSent},
 *       {@link io.relance.quote.QuoteRevised}, {@link io.relance.quote.QuoteAccepted},
 *       {@link io.relance.quote.QuoteDeclined}, {@link io.relance.quote.QuoteExpired},
 *       {@link io.relance.quote.QuoteCancelled}, each a {@link io.relance.quote.QuoteEvent} (the quote, its third
 *       party, the revision's number).
 * </ul>
 *
 * <p>Inside: {@code core} (the aggregate, its lines and totals, its repository, the use cases, the timeline),
 * {@code search} (the list), {@code settings} (validity and texts per language), {@code expiry} (the job),
 * {@code partychanges} (merge and purge of third parties), {@code web}; {@code document} is the PDF's.
 */
package io.relance.quote;
