/**
 * Messaging: e-mail templates, outgoing e-mail through an outbox, later SMS and campaigns.
 *
 * <p>This root package is all that other modules may use:
 *
 * <ul>
 *   <li>{@link io.relance.messaging.Outbox} — {@code enqueue(OutboundMail)} writes an e-mail in the caller's
 *       transaction; a persistent job hands it to SMTP, retries it with back-off, and records it on the timelines;
 *   <li>{@link io.relance.messaging.MailSetup} — whether this server can send mail at all ("mail is not set up");
 *   <li>{@link io.relance.messaging.MailTemplateKind} — a kind of e-mail a module registers (a bean) with its merge
 *       fields and default wording; {@link io.relance.messaging.MailTemplates} renders a workspace's template;
 *   <li>the events {@link io.relance.messaging.MailSent} and {@link io.relance.messaging.MailFailed}.
 * </ul>
 *
 * <p>Inside: {@code outbox} (the table, the delivery job, SMTP), {@code template} (stored templates, the merge
 * engine), {@code quote} (sending a quote), {@code activity} (the e-mail on a quote's first open and the daily
 * digest), {@code web} (settings pages and the API).
 */
package io.relance.messaging;
