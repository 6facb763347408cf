/**
 * The quotes' JSON API under {@code /api/v1/quotes}. A named interface for the quote JSON itself
 * ({@link io.relance.quote.web.api.QuoteView}, made by {@link io.relance.quote.web.api.QuoteViews}), so another
 * module's endpoint that answers a quote (messaging's send) answers exactly what {@code GET} does.
 */
@org.springframework.modulith.NamedInterface("api")
package io.relance.quote.web.api;
