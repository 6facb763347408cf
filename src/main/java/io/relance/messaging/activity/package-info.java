/**
 * E-mails about the activity of quotes, to their owners: on a quote's first counted open (a user's choice) and the
 * daily digest at a workspace hour. See docs/quote-activity-mail.md.
 */
package io.relance.messaging.activity;
