/** Quotes' engagement and follow-up advice from the tracking module: list columns, the quote page, My day. */
package io.relance.quote.engagement;
