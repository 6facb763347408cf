/**
 * The calendar feed's doors: {@code /api/v1/calendar-feeds} (a user's own feeds), the public address
 * {@code /calendar/<token>.ics} (no session, no CSRF: its own security chain) and the card on the user's Profile page.
 */
package io.relance.followup.feed.web;
