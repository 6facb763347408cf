/** Quotes' engagement and follow-up advice from the tracking module: list columns, the quote page, the record. */
package io.relance.quote.engagement;
