package io.relance.followup.feed;

import java.time.Instant;

/** A live calendar feed of a user, as his page and the API list it: never its token. */
public record CalendarFeed(CalendarFeedId id, Instant createdAt, Instant lastUsedAt) {}
