/** Messaging's pages (Settings → E-mail templates) and JSON API (templates, mail status, the outbox). */
package io.relance.messaging.web;
