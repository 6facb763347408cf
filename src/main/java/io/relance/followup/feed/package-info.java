/**
 * The personal iCalendar feed: a secret address per user (per workspace membership), revocable and made again at
 * will, that serves his open tasks as RFC 5545 (built with ical4j) so that they show in his phone's calendar. Only the
 * token's SHA-256 is kept; the token names its workspace, so reading a feed is two router queries by workspace.
 */
package io.relance.followup.feed;
