/**
 * Sending a quote: the draft the Send dialog shows (the {@code quote.send} template in the quote's language, filled),
 * then one transaction that marks the quote sent, keeps its private link and queues the e-mail (PDF attached or not).
 */
package io.relance.messaging.quote;
