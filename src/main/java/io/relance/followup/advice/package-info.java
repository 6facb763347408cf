/**
 * Quote advice as tasks: the daily part {@code quote-advice} and the reactions to tracking's opens and to quotes'
 * answers turn each SENT quote's follow-up advice into one open task (rule {@code QUOTE_ADVICE}, key
 * {@code advice:<quote>}), replaced when the advice changes, cancelled when it goes or the quote is answered.
 */
package io.relance.followup.advice;
