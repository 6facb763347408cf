/** The quote itself: aggregate, lines and totals, repository, the use cases and the timeline. */
package io.relance.quote.core;
