/** The quotes' JSON API under {@code /api/v1/quotes}. */
package io.relance.quote.web.api;
