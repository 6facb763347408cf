package io.relance.followup.feed;

/** A feed just made: its token and its full address, shown this once (only the token's SHA-256 is kept). */
public record CreatedCalendarFeed(CalendarFeed feed, String token, String url) {}
