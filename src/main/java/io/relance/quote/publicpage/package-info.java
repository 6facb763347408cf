/**
 * The client's page of a quote, {@code /q/{token}}: no sign-in and no cookie; the quote's current revision laid out
 * with the shared document template, its PDF, and accept / decline / ask a question. The link and the open tracking
 * are the tracking module's; this page records each fetch as a hit and carries the tracking script.
 */
package io.relance.quote.publicpage;
