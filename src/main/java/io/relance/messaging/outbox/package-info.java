/** The outbox: its table, the job that hands e-mails to SMTP with retries and leases, and their timeline entries. */
package io.relance.messaging.outbox;
